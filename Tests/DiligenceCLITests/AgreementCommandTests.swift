import Foundation
import Testing

/// Partner agreements end to end through the `diligence` executable.
@Suite("agreements through the CLI")
struct AgreementCommandTests {
    /// The mandatory clauses of the shipped catalogue.
    static let mandatory = (1...13).map { "C\($0)" }

    @Test func importPrintsTheFindingsTableAndTheNewID() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let file = try workspace.copyFixture("short-agreement.xml")
        let result = try workspace.agreement(["import", partner, file], role: "procurement")
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first?.hasPrefix("CLAUSE") == true && lines.first?.contains("EXCERPT") == true, "\(result)")
        #expect(
            lines.contains { $0.hasPrefix("C5 ") && $0.contains("present") && $0.contains("line 6") },
            "\(result)")
        #expect(lines.contains { $0.hasPrefix("C3 ") && $0.contains("absent") }, "\(result)")
        #expect(
            lines.last
                == "AG-0001: version 1 (short-agreement.xml, xml) for P-0001; mandatory clauses: 4 present, 0 partial, 9 absent",
            "\(result)")
        // Progress goes to a terminal only: never into the pipe the test reads.
        #expect(result.stderr.isEmpty, "\(result)")
        let shown = try workspace.showAgreement("AG-0001")
        #expect(shown["partner"] as? String == "P-0001")
        #expect(shown["states"] as? [String] == ["imported"])
        let clauses = try #require(shown["clauses"] as? [[String: Any]])
        #expect(clauses.count == 15)
        let c5 = try #require(clauses.first { $0["clause"] as? String == "C5" })
        #expect(c5["status"] as? String == "present")
        #expect((c5["location"] as? [String: Any])?["line"] as? Int == 6)
        #expect((c5["explanation"] as? String)?.hasPrefix("found ") == true)
        let version = try #require(shown["shown_version"] as? [String: Any])
        #expect(version["file"] as? String == "short-agreement.xml")
        #expect((version["content_hash"] as? String)?.count == 64)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func importJSONAndTheOtherFormats() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let html = try workspace.copyFixture("template-reworded.html", as: "template")
        let result = try workspace.agreement(["import", partner, html, "--json"], role: "programme_officer")
        #expect(result.exitCode == 0, "\(result)")
        let json = try result.jsonObject()
        #expect(json["id"] as? String == "AG-0001")
        #expect((json["version"] as? [String: Any])?["format"] as? String == "html")
        let statuses = (json["clauses"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
        #expect(statuses == Array(repeating: "present", count: 15), "\(json)")
    }

    @Test func procurementReviewsAmendsAndClearsAnAgreement() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.importedAgreement("short-agreement.xml")
        try workspace.accept(id, "start_review", role: "procurement")
        let amend = try workspace.agreement(
            ["amend", id, "C3", "--note", "Add screening and reference checks."], role: "procurement")
        #expect(amend.exitCode == 0, "\(amend)")
        #expect(amend.stdout.contains("now in review/amendment_requested"), "\(amend)")
        let amended = try workspace.copyFixture("un-general-terms.xml")
        let reimport = try workspace.agreement(
            ["import", "--agreement", id, amended], role: "programme_officer")
        #expect(reimport.exitCode == 0, "\(reimport)")
        #expect(reimport.stdout.contains("AG-0001: version 2 (un-general-terms.xml, xml)"), "\(reimport)")
        for clause in Self.mandatory.dropLast() {
            let confirm = try workspace.agreement(["confirm", id, clause], role: "procurement")
            #expect(confirm.exitCode == 0, "\(confirm)")
        }
        let waive = try workspace.agreement(
            ["waive", id, "C13", "--reason", "The partner is a government body."], role: "manager",
            user: "max")
        #expect(waive.exitCode == 0, "\(waive)")
        #expect(waive.stdout.contains("mandatory clauses unresolved: 0"), "\(waive)")
        try workspace.accept(id, "clear", role: "procurement")
        let shown = try workspace.showAgreement(id)
        #expect(shown["cleared"] as? Bool == true)
        #expect((shown["versions"] as? [[String: Any]])?.count == 2)
        let decisions = try #require(shown["decisions"] as? [[String: Any]])
        #expect(decisions.first?["kind"] as? String == "amendment_requested")
        #expect(decisions.first?["version"] as? Int == 1)
        #expect(decisions.last?["text"] as? String == "The partner is a government body.")
        let first = try workspace.showAgreement(id, extra: ["--version", "1"])
        #expect((first["shown_version"] as? [String: Any])?["file"] as? String == "short-agreement.xml")
        let text = try workspace.run("agreement", "show", id)
        #expect(text.stdout.contains("C13 present - "), "\(text)")
        #expect(text.stdout.contains("decision: waived by max (manager)"), "\(text)")
        #expect(text.stdout.contains("v1 C3: amendment requested by pat (procurement)"), "\(text)")
        let list = try workspace.run("agreement", "list", "--status", "cleared", "--json")
        #expect(try list.jsonArray().map { $0["id"] as? String } == [id], "\(list)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
        let audit = try workspace.auditVerifyAfterTampering(
            "UPDATE record SET value = replace(value, 'The partner is a government body.', 'x') WHERE subject = 'AG-0001'"
        )
        #expect(audit.stdout.contains("AG-0001") || audit.stderr.contains("AG-0001"), "\(audit)")
    }

    @Test func aClearedAgreementCompletesThePartnersAgreementRegion() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let status = try workspace.run([
            "assessment", "status", partner, "--status", "no_contact_with_beneficiaries", "--reason",
            "Supplies only",
            "--as", "femi", "--role", "psea_focal_point",
        ])
        #expect(status.exitCode == 0, "\(status)")
        try workspace.accept(partner, "complete_assessment", role: "programme_officer")
        #expect(try workspace.states(partner).contains("clauses_pending"))
        let file = try workspace.copyFixture("un-general-terms.xml")
        let imported = try workspace.agreement(["import", partner, file], role: "procurement")
        #expect(imported.exitCode == 0, "\(imported)")
        try workspace.accept("AG-0001", "start_review", role: "procurement")
        for clause in Self.mandatory {
            let confirm = try workspace.agreement(["confirm", "AG-0001", clause], role: "procurement")
            #expect(confirm.exitCode == 0, "\(confirm)")
        }
        #expect(try workspace.states(partner).contains("clauses_pending"))
        try workspace.accept("AG-0001", "clear", role: "procurement")
        let shown = try workspace.show(partner)
        #expect((shown["states"] as? [String])?.contains("clauses_confirmed") == true, "\(shown)")
        #expect((shown["context"] as? [String: Any])?["agreement_cleared"] as? Bool == true)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func badImportsAreRefusedAndWriteNothing() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let good = try workspace.copyFixture("short-agreement.xml")
        try workspace.expectRefused("there is no record \"P-0009\"") {
            try workspace.agreement(["import", "P-0009", good], role: "procurement")
        }
        try "<?xml version=\"1.0\"?>\n<agreement>\n  <p>unclosed\n</agreement>\n".write(
            to: workspace.file("broken.xml"), atomically: true, encoding: .utf8)
        try workspace.expectRefused("broken.xml:4:") {
            try workspace.agreement(["import", partner, "broken.xml"], role: "procurement")
        }
        try String(repeating: "<p>The Partner shall report.</p>\n", count: 40_000).write(
            to: workspace.file("big.html"), atomically: true, encoding: .utf8)
        try workspace.expectRefused("big.html: this file is larger than the 1 MB allowed") {
            try workspace.agreement(["import", partner, "big.html", "--max-size", "1"], role: "procurement")
        }
        try workspace.expectRefused("missing.docx: there is no such file") {
            try workspace.agreement(["import", partner, "missing.docx"], role: "procurement")
        }
        // A named pipe hung the import for ever; it is refused at once.
        #expect(mkfifo(workspace.file("pipe.xml").path, 0o600) == 0)
        try workspace.expectRefused("pipe.xml: this is a named pipe (FIFO), not a regular file") {
            try workspace.agreement(["import", partner, "pipe.xml"], role: "procurement")
        }
        try workspace.expectRefused("the role manager may not register records in agreement-review") {
            try workspace.agreement(["import", partner, good], role: "manager")
        }
        try workspace.expectRefused(code: 2, "--format: \"rtf\" is not a format") {
            try workspace.agreement(["import", partner, good, "--format", "rtf"], role: "procurement")
        }
        try workspace.expectRefused("short-agreement.xml: this file is not a readable PDF") {
            try workspace.agreement(["import", partner, good, "--format", "pdf"], role: "procurement")
        }
        try workspace.expectRefused(code: 2, "give the partner and the file") {
            try workspace.agreement(["import", good], role: "procurement")
        }
        try workspace.expectRefused("there is no record \"AG-0004\"") {
            try workspace.agreement(["import", "--agreement", "AG-0004", good], role: "procurement")
        }
        #expect(try workspace.run("agreement", "list", "--json").jsonArray().isEmpty)
    }

    @Test func badDecisionsAreRefusedAndWriteNothing() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.importedAgreement("short-agreement.xml")
        try workspace.accept(id, "start_review", role: "procurement")
        try workspace.expectRefused("\"C16\" is not a clause of this agreement's catalogue") {
            try workspace.agreement(["confirm", id, "C16"], role: "procurement")
        }
        try workspace.expectRefused("there is no record \"AG-0002\"") {
            try workspace.agreement(["confirm", "AG-0002", "C1"], role: "procurement")
        }
        try workspace.expectRefused("P-0001 is not an agreement") {
            try workspace.agreement(["confirm", "P-0001", "C1"], role: "procurement")
        }
        try workspace.expectRefused(
            "C3 was found absent in version 1; to confirm it anyway, say with --note"
        ) {
            try workspace.agreement(["confirm", id, "C3"], role: "procurement")
        }
        try workspace.expectRefused(
            "the role procurement may not send \"waive\" here; it needs the role manager"
        ) {
            try workspace.agreement(["waive", id, "C3", "--reason", "Not needed."], role: "procurement")
        }
        try workspace.expectRefused("--reason is required") {
            try workspace.agreement(["waive", id, "C3", "--reason", "  "], role: "manager")
        }
        try workspace.expectRefused(code: 2, "Missing expected argument '--reason") {
            try workspace.agreement(["waive", id, "C3"], role: "manager")
        }
        try workspace.expectRefused("--note is required") {
            try workspace.agreement(["amend", id, "C3", "--note", ""], role: "procurement")
        }
        try workspace.expectRefused("mandatory_unresolved == 0") {
            try workspace.send(id, "clear", role: "procurement")
        }
        try workspace.expectRefused("use `diligence agreement waive AG-0001 CLAUSE`") {
            try workspace.send(id, "waive", role: "manager")
        }
        try workspace.expectRefused("--version: AG-0001 has no version 3") {
            try workspace.run("agreement", "show", id, "--version", "3")
        }
        try workspace.expectRefused(
            "--status: \"clered\" is not a state of agreement-review; did you mean cleared?"
        ) {
            try workspace.run("agreement", "list", "--status", "clered")
        }
        // A clause the detector did not find can be confirmed with a note saying where it is.
        let noted = try workspace.agreement(
            ["confirm", id, "C3", "--note", "Annex B, staff rules, covers screening."], role: "procurement")
        #expect(noted.exitCode == 0, "\(noted)")
    }
}
