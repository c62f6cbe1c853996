import Foundation
import Testing

/// Conditional questions through the real binary: a bulk file that answers a follow-up its own
/// answers hide is refused at the follow-up's line and column with nothing written; an answer that
/// hides follow-ups already answered removes them from the record, and the log keeps them.
@Suite struct ConditionalAnswerCommandTests {
    @Test func aBulkFileAnsweringAHiddenFollowUpIsRefusedWhereItIsWritten() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        try """
        answers:
          - {question: investigations.past_allegations, value: "no"}
          - question: investigations.past_investigated
            value: "yes"
        """.write(to: workspace.file("answers.yaml"), atomically: true, encoding: .utf8)
        let events = try SQLiteFile.strings(SQLiteFile.recordEventCount, at: workspace.database)
        let result = try workspace.assessment(
            ["answers", id, workspace.file("answers.yaml").path], role: "partner")
        #expect(result.exitCode != 0, "\(result)")
        #expect(
            result.stderr.contains(
                "answers.yaml:3:5: investigations.past_investigated is asked only when investigations.past_allegations is answered yes; it is answered no"
            ), "\(result)")
        #expect(try SQLiteFile.strings(SQLiteFile.recordEventCount, at: workspace.database) == events)
        #expect((try workspace.showAssessment(id)["answers"] as? [String: Any])?.isEmpty == true)
    }

    @Test func aYesChangedToNoRemovesTheFollowUpsAnswersAndTheLogKeepsThem() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        for (question, value) in [
            ("investigations.past_allegations", "yes"), ("investigations.past_investigated", "yes"),
            ("corrective_action.any_substantiated", "yes"), ("corrective_action.measures", "yes"),
        ] {
            let answered = try workspace.assessment(
                ["answer", id, question, "--value", value], role: "partner")
            #expect(answered.exitCode == 0, "\(answered)")
        }
        let changed = try workspace.assessment(
            ["answer", id, "investigations.past_allegations", "--value", "no"], role: "partner")
        #expect(changed.exitCode == 0, "\(changed)")
        let shown = try workspace.showAssessment(id)
        #expect(
            (shown["answers"] as? [String: Any])?.keys.sorted() == ["investigations.past_allegations"])
        #expect(
            shown["not_asked"] as? [String] == [
                "investigations.past_investigated", "corrective_action.any_substantiated",
                "corrective_action.measures", "corrective_action.example",
            ])
        let history = try workspace.run("history", id, "--json")
        #expect(history.exitCode == 0, "\(history)")
        #expect(history.stdout.contains("corrective_action.measures"), "the log keeps the earlier answers")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}
