import Foundation
import Testing

/// Every bad input the assessment commands take: a clear message naming what is wrong, and
/// nothing written.
@Suite("bad input to the assessment commands")
struct AssessmentBadInputTests {
    /// Runs `body`, checks it exits `code` with `message` on stderr and adds no event to the log.
    func expectRefused(
        _ workspace: CLIWorkspace, code: Int32 = 1, _ message: String,
        sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> CLIResult
    ) throws {
        let before = try SQLiteFile.strings(
            "SELECT COUNT(*) || '/' || MAX(seq) FROM event WHERE kind NOT IN ('account', 'installation')",
            at: workspace.database)
        let result = try body()
        #expect(result.exitCode == code, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "\(result)", sourceLocation: sourceLocation)
        #expect(
            try SQLiteFile.strings(
                "SELECT COUNT(*) || '/' || MAX(seq) FROM event WHERE kind NOT IN ('account', 'installation')",
                at: workspace.database)
                == before, sourceLocation: sourceLocation)
    }

    @Test func unknownQuestionsStandardsAndRatingsAreRefused() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        try expectRefused(
            workspace,
            "\"policy.exist\" is not a question of this questionnaire; did you mean \"policy.exists\"?"
        ) {
            try workspace.assessment(["answer", id, "policy.exist", "--value", "yes"], role: "partner")
        }
        try expectRefused(workspace, "\"psea_polcy\" is not an evidence type of the standard policy") {
            try workspace.assessment(
                ["answer", id, "policy.exists", "--value", "yes", "--evidence", "psea_polcy"], role: "partner"
            )
        }
        try workspace.answerAll(id)
        try workspace.accept(id, "submit", role: "partner")
        try workspace.accept(id, "start_review", role: "programme_officer")
        try expectRefused(
            workspace, "\"polcy\" is not a core standard of this questionnaire; did you mean \"policy\"?"
        ) {
            try workspace.assessment(["review", id, "polcy", "--rating", "met"], role: "programme_officer")
        }
        try expectRefused(workspace, "adequate") {
            try workspace.assessment(
                ["review", id, "policy", "--rating", "adequate"], role: "programme_officer")
        }
        try expectRefused(workspace, code: 2, "--due") {
            try workspace.assessment(
                ["plan", "add", id, "--action", "Adopt a policy", "--owner", "Director"],
                role: "programme_officer")
        }
    }

    @Test func statusesExportsAndImportsNameWhatIsWrong() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try expectRefused(workspace, "there is no record \"P-0009\"") {
            try workspace.assessment(
                ["status", "P-0009", "--status", "not_assessed", "--reason", "New"], role: "programme_officer"
            )
        }
        try expectRefused(workspace, code: 2, "--status \"full\" is not a status") {
            try workspace.assessment(
                ["status", "P-0001", "--status", "full", "--reason", "Seen"], role: "programme_officer")
        }
        try expectRefused(workspace, "--role: \"partner\" is not a role of capacity-status") {
            try workspace.assessment(
                ["status", "P-0001", "--status", "not_assessed", "--reason", "New"], role: "partner")
        }
        try expectRefused(workspace, "\(id): has no final determination yet") {
            try workspace.run("assessment", "export", id, "--entity", "UNDP")
        }
        try "{\"format\": \"something else\"}".write(
            to: workspace.file("x.json"), atomically: true, encoding: .utf8)
        try expectRefused(
            workspace, "x.json: this is not an assessment exported by `diligence assessment export`"
        ) {
            try workspace.assessment(
                ["import", workspace.file("x.json").path, "--partner", "P-0001"], role: "programme_officer")
        }
        try expectRefused(workspace, "missing.json: there is no such file") {
            try workspace.assessment(
                ["import", workspace.file("missing.json").path, "--partner", "P-0001"],
                role: "programme_officer")
        }
        try "question;value\n".write(to: workspace.file("a.txt"), atomically: true, encoding: .utf8)
        try expectRefused(workspace, "must end in .csv or .yaml") {
            try workspace.assessment(["answers", id, workspace.file("a.txt").path], role: "partner")
        }
    }

    @Test func aFinalDeterminationWarnsAtFourYearsAndExpiresAtFive() throws {
        let workspace = try CLIWorkspace()
        let id = try AssessmentSharingTests().finalAssessment(workspace)
        func ticked(_ days: Int) throws -> [String] {
            try workspace.run("tick", "--now", AssessmentTimeRuleTests.inDays(days), "--json").jsonArray()
                .filter { $0["subject"] as? String == id }.compactMap { $0["event"] as? String }
        }
        #expect(try ticked(365 * 4 - 5).isEmpty)
        #expect(try ticked(365 * 4 + 5) == ["expiry_warning"])
        #expect(try ticked(365 * 5 + 5) == ["expire"])
        #expect(try workspace.showAssessment(id)["states"] as? [String] == ["expired"])
        let partner = try workspace.show("P-0001")
        let context = try #require(partner["context"] as? [String: Any])
        #expect(context["capacity_level"] as? String == "full")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}
