import DiligenceCore
import Foundation
import Testing

extension CLIWorkspace {
    /// Trusts `source`'s signing key here, as an administrator does with the line
    /// `key show --public` printed there.
    func trustKey(of source: CLIWorkspace, entity: String = "UNICEF Kenya") throws {
        let shown = try source.run("key", "show", "--public")
        #expect(shown.exitCode == 0, "\(shown)")
        try shown.stdout.write(to: file("source.pub"), atomically: true, encoding: .utf8)
        let trusted = try run(
            "key", "trust", file("source.pub").path, "--entity", entity, "--as", CLIWorkspace.administrator)
        #expect(trusted.exitCode == 0, "\(trusted)")
    }
}

/// Exported assessments signed with the exporting installation's key and verified on import
/// against the keys the importing installation trusts; the keys exchanged and managed through
/// the real CLI, each change a row of the log.
@Suite("signed exports and the keys installations trust")
struct SignedExportTests {
    func finalExport(_ source: CLIWorkspace) throws -> String {
        let id = try source.startedAssessment()
        try source.answerAndSubmit(id)
        try source.confirmFullCapacity(id)
        let exported = try source.run("assessment", "export", id, "--entity", "UNICEF Kenya")
        #expect(exported.exitCode == 0, "\(exported)")
        return exported.stdout
    }

    /// The document with `change` made to its members and its hash recomputed over the changed
    /// content, as a forger would; the signature kept.
    func forged(_ text: String, _ change: (inout [String: JSONValue]) -> Void) throws -> String {
        var members = try #require(try JSONValue.parse(text).objectValue)
        let signature = members.removeValue(forKey: "signature")
        members.removeValue(forKey: "hash")
        change(&members)
        members["hash"] = .string(ContentHash.sha256(JSONValue.object(members).canonicalText))
        if let signature { members["signature"] = signature }
        return JSONValue.object(members).prettyText
    }

    @Test func aChangedTextWithItsHashRecomputedAnUnknownKeyAndADistrustedOneAreRefused() throws {
        let source = try CLIWorkspace()
        let text = try finalExport(source)
        #expect(text.contains("\"signature\": {"), "\(text)")
        let target = try CLIWorkspace()
        let partner = try target.addPartner()
        func write(_ name: String, _ content: String) throws -> String {
            try content.write(to: target.file(name), atomically: true, encoding: .utf8)
            return target.file(name).path
        }
        func importing(_ path: String) throws -> CLIResult {
            try target.assessment(["import", path, "--partner", partner], role: "programme_officer")
        }
        let genuine = try write("a.json", text)
        try target.expectRefused("a.json: the document is signed by the key ") { try importing(genuine) }
        try target.expectRefused("which is not trusted here") { try importing(genuine) }

        try target.trustKey(of: source)
        let renamed = try write(
            "renamed.json", try forged(text) { $0["assessing_entity"] = .string("UNICEF Chad") })
        try target.expectRefused(
            "renamed.json: the document's signature does not match its content: it was changed after it was signed"
        ) { try importing(renamed) }
        var members = try #require(try JSONValue.parse(text).objectValue)
        members.removeValue(forKey: "signature")
        let bare = try write("bare.json", JSONValue.object(members).prettyText)
        try target.expectRefused("bare.json: the document is not signed") { try importing(bare) }
        members["signature"] = .object(["key_id": .string("abc")])
        let odd = try write("odd.json", JSONValue.object(members).prettyText)
        try target.expectRefused("odd.json: its \"signature\" is not the key id and signature") {
            try importing(odd)
        }

        let id = try #require(try target.run("key", "list", "--json").jsonArray().first?["id"] as? String)
        let distrusted = try target.run("key", "distrust", id, "--as", CLIWorkspace.administrator)
        #expect(distrusted.exitCode == 0, "\(distrusted)")
        try target.expectRefused("which an administrator distrusted here") { try importing(genuine) }
        try target.trustKey(of: source)
        let imported = try importing(genuine)
        #expect(imported.exitCode == 0, "\(imported)")
        let log = try target.run("audit", "log", "--json").jsonArray().compactMap { $0["event"] as? String }
        #expect(
            log.filter { $0.hasPrefix("key_") } == ["key_trusted", "key_distrusted", "key_trusted"], "\(log)")
        #expect(try target.run("audit", "verify").exitCode == 0)
    }

    @Test func keysAreShownTrustedAndDistrustedByAnAdministratorOnly() throws {
        let here = try CLIWorkspace()
        _ = try here.addPartner()
        let shown = try here.run("key", "show", "--json").jsonObject()
        let id = try #require(shown["id"] as? String)
        #expect(id.count == 16)
        #expect(shown["origin"] as? String == "own")
        let publicKey = try here.run("key", "show", "--public")
        #expect(publicKey.stdout == (shown["public_key"] as? String ?? "") + "\n")
        #expect(publicKey.stdout.count == 45)
        let other = try CLIWorkspace()
        _ = try other.addPartner()
        let otherKey = try other.run("key", "show", "--public").stdout.trimmingCharacters(in: .newlines)

        func refused(
            _ arguments: [String], _ message: String, code: Int32 = 1,
            sourceLocation: Testing.SourceLocation = #_sourceLocation
        )
            throws
        {
            let before = try SQLiteFile.strings("SELECT COUNT(*) FROM event", at: here.database)
            let result = try here.run(arguments)
            #expect(result.exitCode == code, "\(result)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(message), "\(result)", sourceLocation: sourceLocation)
            #expect(
                try SQLiteFile.strings("SELECT COUNT(*) FROM event", at: here.database) == before,
                sourceLocation: sourceLocation)
        }
        let admin = ["--as", CLIWorkspace.administrator]
        try refused(
            ["key", "trust", "--public-key", otherKey, "--entity", "UNFPA", "--as", "amina"],
            "may not manage accounts")
        try refused(
            ["key", "trust", "--public-key", "bm90IGEga2V5", "--entity", "UNFPA"] + admin,
            "--public-key is not a public key")
        try "hello\n".write(to: here.file("junk.pub"), atomically: true, encoding: .utf8)
        try refused(
            ["key", "trust", here.file("junk.pub").path, "--entity", "UNFPA"] + admin,
            "junk.pub is not a public key")
        try refused(["key", "trust", here.file("none.pub").path, "--entity", "UNFPA"] + admin, "none.pub")
        try refused(
            ["key", "trust", "--entity", "UNFPA"] + admin, "give the key as a FILE or with --public-key",
            code: 2)
        try refused(
            ["key", "trust", "--public-key", otherKey, "--entity", " "] + admin,
            "--entity: say whose installation")
        try refused(
            ["key", "trust", "--public-key", publicKey.stdout, "--entity", "Us"] + admin,
            "is this installation's own")
        let trusted = try here.run(["key", "trust", "--public-key", otherKey, "--entity", "UNFPA"] + admin)
        #expect(trusted.exitCode == 0, "\(trusted)")
        try refused(
            ["key", "trust", "--public-key", otherKey, "--entity", "UNFPA"] + admin, "is already trusted")
        try refused(
            ["key", "distrust", id] + admin,
            "is this installation's own; to replace it, run `diligence key rotate`")
        try refused(["key", "distrust", "0123456789abcdef"] + admin, "no key 0123456789abcdef is known here")
        try refused(["key", "rotate", "--as", "amina"], "may not manage accounts")
        // A key slipped into the table behind the log's back is found by the replay.
        try SQLiteFile.execute(
            """
            INSERT INTO signing_key (id, public_key, origin, status, label, added_at, added_seq, changed_seq)
            SELECT 'ffffffffffffffff', public_key, 'trusted', 'active', 'forged', added_at, 99, 99
            FROM signing_key WHERE origin = 'own'
            """, at: here.database)
        let forged = try here.run("audit", "verify")
        #expect(forged.exitCode == 1, "\(forged)")
        #expect(forged.stderr.contains("the signing key ffffffffffffffff"), "\(forged)")
        try SQLiteFile.execute("DELETE FROM signing_key WHERE id = 'ffffffffffffffff'", at: here.database)
        let list = try here.run("key", "list")
        #expect(list.stdout.contains("trusted: UNFPA"), "\(list)")
        #expect(try here.run("audit", "verify").exitCode == 0)

        // A key file others may read is refused, and nothing is signed with it.
        let keyFile = here.file("diligence-signing.key").path
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: keyFile)
        let exposed = try here.run("audit", "checkpoint")
        #expect(exposed.exitCode == 1, "\(exposed)")
        #expect(
            exposed.stderr.contains("other users may read it; make it readable by its owner only"),
            "\(exposed)")
        #expect(exposed.stdout.isEmpty)
    }
}
