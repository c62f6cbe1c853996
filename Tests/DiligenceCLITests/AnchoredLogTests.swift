import Foundation
import Testing

/// Signed checkpoints of the log through the real CLI on real SQLite files: a checkpoint
/// verifies while the log grows; a log cut back (or cut and written again) with its records
/// rewritten to match, which `audit verify` alone passes, is caught; a tampered checkpoint, one
/// of an unknown key and a malformed one are refused; a retired key's checkpoint still verifies.
@Suite("signed checkpoints of the log")
struct AnchoredLogTests {
    /// The number of the log's last event.
    func head(_ workspace: CLIWorkspace) throws -> Int {
        Int(try SQLiteFile.strings("SELECT MAX(seq) FROM event", at: workspace.database).first ?? "0") ?? 0
    }

    func addUser(_ workspace: CLIWorkspace, _ name: String) throws {
        let added = try workspace.run(
            "user", "add", name, "--role", "manager", "--as", CLIWorkspace.administrator)
        #expect(added.exitCode == 0, "\(added)")
    }

    @Test func aCheckpointVerifiesAndALogCutBackWithItsRecordsRewrittenIsCaught() throws {
        let workspace = try CLIWorkspace()
        _ = try workspace.addPartner()
        let early = workspace.file("early.json").path
        let first = try workspace.run("audit", "checkpoint", "--out", early)
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stderr.contains("written to \(early)"), "\(first)")
        let keyFile = workspace.file("diligence-signing.key").path
        let mode = try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let kept = try head(workspace)
        try addUser(workspace, "grace")
        try addUser(workspace, "hamid")
        let late = workspace.file("late.json").path
        #expect(try workspace.run("audit", "checkpoint", "--out", late).exitCode == 0)
        let signedAt = try head(workspace)
        #expect(signedAt == kept + 2)
        let verified = try workspace.run("audit", "verify", "--checkpoint", late)
        #expect(verified.exitCode == 0, "\(verified)")
        #expect(verified.stdout.contains("it extends the checkpoint of"), "\(verified)")
        #expect(verified.stdout.contains("(event \(signedAt), key "), "\(verified)")

        // Someone who can write the file cuts the log back past the checkpoint and rewrites the
        // records to match: the chain and the replay agree, so `audit verify` alone passes.
        try SQLiteFile.execute(
            """
            DROP TRIGGER event_is_append_only_delete;
            DELETE FROM event WHERE seq > \(kept);
            DELETE FROM account_role WHERE account IN ('grace', 'hamid');
            DELETE FROM account WHERE name IN ('grace', 'hamid');
            CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            """, at: workspace.database)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
        let cut = try workspace.run("audit", "verify", "--checkpoint", late)
        #expect(cut.exitCode == 1, "\(cut)")
        #expect(cut.stdout.isEmpty, "\(cut)")
        #expect(
            cut.stderr.contains(
                "\(late): the log was cut back: the checkpoint of "),
            "\(cut)")
        #expect(cut.stderr.contains("vouches for \(signedAt) events, but the log has \(kept)"), "\(cut)")
        // The earlier checkpoint still holds: the log kept everything it vouched for.
        #expect(try workspace.run("audit", "verify", "--checkpoint", early).exitCode == 0)

        // Written again past the checkpoint's position: the event there is another one.
        try addUser(workspace, "ines")
        try addUser(workspace, "jomo")
        #expect(try head(workspace) >= signedAt)
        let rewritten = try workspace.run("audit", "verify", "--checkpoint", late, "--json")
        #expect(rewritten.exitCode == 1, "\(rewritten)")
        #expect(
            rewritten.stderr.contains(
                "the log was rewritten: event \(signedAt) is not the one the checkpoint of"),
            "\(rewritten)")
    }

    @Test func aTamperedForeignOrMalformedCheckpointIsRefused() throws {
        let workspace = try CLIWorkspace()
        _ = try workspace.addPartner()
        let signed = try workspace.run("audit", "checkpoint")
        #expect(signed.exitCode == 0, "\(signed)")
        let text = signed.stdout
        #expect(text.contains("\"format\": \"diligence-log-checkpoint\""), "\(text)")
        func refused(
            _ name: String, _ content: String, _ message: String,
            sourceLocation: SourceLocation = #_sourceLocation
        )
            throws
        {
            let path = workspace.file(name).path
            try content.write(toFile: path, atomically: true, encoding: .utf8)
            let result = try workspace.run("audit", "verify", "--checkpoint", path)
            #expect(result.exitCode == 1, "\(result)", sourceLocation: sourceLocation)
            #expect(result.stderr.hasPrefix("error: \(path): "), "\(result)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(message), "\(result)", sourceLocation: sourceLocation)
        }
        let seq = try head(workspace)
        try refused(
            "earlier.json", text.replacingOccurrences(of: "\"seq\": \(seq)", with: "\"seq\": \(seq - 1)"),
            "the checkpoint's signature does not match its content: it was changed after it was signed")
        try refused(
            "twice.json", text.replacingOccurrences(of: "{", with: "{\n  \"seq\": 1,"),
            "column 3: \"seq\" is given twice in the same object")
        try refused("broken.json", "{\"format\": ", "line 1, column 12: this is not valid JSON")
        try refused(
            "other.json", #"{"format": "diligence-psea-assessment"}"#,
            "this is not a checkpoint written by `diligence audit checkpoint`")
        try refused(
            "nosig.json",
            text.replacingOccurrences(of: "\"signature\"", with: "\"signatur\""),
            "it has a member \"signatur\" a checkpoint does not have")

        let other = try CLIWorkspace()
        _ = try other.addPartner()
        let foreign = try other.run("audit", "checkpoint")
        #expect(foreign.exitCode == 0, "\(foreign)")
        try refused("foreign.json", foreign.stdout, "which this installation never had")

        let missing = try workspace.run("audit", "verify", "--checkpoint", workspace.file("none.json").path)
        #expect(missing.exitCode == 1, "\(missing)")
        #expect(missing.stderr.contains("none.json"), "\(missing)")
    }

    @Test func aRetiredKeysCheckpointStillVerifies() throws {
        let workspace = try CLIWorkspace()
        _ = try workspace.addPartner()
        let path = workspace.file("before.json").path
        #expect(try workspace.run("audit", "checkpoint", "--out", path).exitCode == 0)
        let before = try workspace.run("key", "show", "--public").stdout
        let rotated = try workspace.run("key", "rotate", "--as", CLIWorkspace.administrator)
        #expect(rotated.exitCode == 0, "\(rotated)")
        #expect(try workspace.run("key", "show", "--public").stdout != before)
        let verified = try workspace.run("audit", "verify", "--checkpoint", path)
        #expect(verified.exitCode == 0, "\(verified)")
        #expect(verified.stdout.contains(", since retired)"), "\(verified)")
        let keys = try workspace.run("key", "list", "--json").jsonArray()
        #expect(keys.map { $0["status"] as? String } == ["retired", "active"])
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}

/// Checkpoints `tick` writes on the schedule of the configuration file.
@Suite("scheduled checkpoints")
struct ScheduledCheckpointTests {
    @Test func tickWritesACheckpointOnceTheIntervalHasPassed() throws {
        let workspace = try CLIWorkspace()
        _ = try workspace.addPartner()
        let config = workspace.file("diligence.yaml").path
        try "checkpoints:\n  directory: \(workspace.file("checkpoints").path)\n  every: 1d\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        let first = try workspace.run("tick", "--config", config)
        #expect(first.exitCode == 0, "\(first)")
        #expect(
            first.stderr.contains("checkpoint written to \(workspace.file("checkpoints").path)/checkpoint-"),
            "\(first)")
        let second = try workspace.run("tick", "--config", config)
        #expect(second.exitCode == 0, "\(second)")
        #expect(!second.stderr.contains("checkpoint written"), "\(second)")
        let written = try FileManager.default.contentsOfDirectory(atPath: workspace.file("checkpoints").path)
        #expect(written.count == 1)
        let path = workspace.file("checkpoints/\(try #require(written.first))").path
        #expect(try workspace.run("audit", "verify", "--checkpoint", path).exitCode == 0)

        try "checkpoints:\n  every: soon\n".write(toFile: config, atomically: true, encoding: .utf8)
        let bad = try workspace.run("tick", "--config", config)
        #expect(bad.exitCode == 1, "\(bad)")
        #expect(
            bad.stderr.contains("diligence.yaml:2:10: checkpoints.every: \"soon\" is not valid"), "\(bad)")
    }
}
