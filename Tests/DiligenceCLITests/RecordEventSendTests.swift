import Foundation
import Testing

/// `send` with an event that changes an assessment or training record (an answer, a rating, a
/// plan item, a training session) is refused and names the record's own command: sent bare, the
/// log row would carry no change, and `audit verify` could no longer replay the log.
@Suite struct RecordEventSendTests {
    @Test func trainingEventsNeedTheTrainingCommands() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let personnel = try workspace.training(["personnel", partner, "--category", "staff", "--count", "10"])
        try #require(personnel.exitCode == 0, "\(personnel)")
        let before = try workspace.eventCount()
        for (event, command, role) in [
            ("record_training", "diligence training record \(partner) --course NAME --date DATE", "partner"),
            ("import_attendance", "diligence training import \(partner) FILE", "psea_focal_point"),
            (
                "record_personnel", "diligence training personnel \(partner) --category CATEGORY --count N",
                "manager"
            ),
        ] {
            let refused = try workspace.send("T-0001", event, role: role)
            #expect(refused.exitCode == 1, "\(refused)")
            #expect(
                refused.stderr.contains(
                    "T-0001: \"\(event)\" changes the record itself and cannot be sent bare"),
                "\(refused.stderr)")
            #expect(refused.stderr.contains("use `\(command)`"), "\(refused.stderr)")
        }
        #expect(try workspace.eventCount() == before)
        let verify = try workspace.run("audit", "verify")
        #expect(verify.exitCode == 0, "\(verify)")
    }

    @Test func assessmentRecordEventsNeedTheAssessmentCommands() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let started = try workspace.assessment(
            ["start", partner, "--questionnaire", "psea-common"], role: "programme_officer")
        try #require(started.exitCode == 0, "\(started)")
        let id = started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let before = try workspace.eventCount()
        for (event, command) in [
            ("answer", "assessment answer \(id) QUESTION --value VALUE"),
            ("rate", "assessment review \(id) STANDARD --rating RATING"),
            ("add_plan_item", "assessment plan add \(id) --action TEXT --owner NAME --due DATE"),
            ("complete_plan_item", "assessment plan done \(id) ITEM --evidence TEXT"),
        ] {
            let refused = try workspace.send(id, event, role: "partner")
            #expect(refused.exitCode == 1, "\(refused)")
            #expect(refused.stderr.contains("use `diligence \(command)`"), "\(refused.stderr)")
        }
        #expect(try workspace.eventCount() == before)
        // A workflow event with no change to the record still goes through `send`.
        let invited = try workspace.send(id, "invite_partner", role: "programme_officer")
        #expect(invited.exitCode == 0, "\(invited)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}
