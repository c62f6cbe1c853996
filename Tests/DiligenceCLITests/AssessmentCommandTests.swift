import Foundation
import Testing

/// PSEA capacity assessments end to end through the `diligence` executable.
@Suite("assessments through the CLI")
struct AssessmentCommandTests {
    @Test func aFullCapacityPartnerIsAssessedAndValid() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        #expect(id == "A-0001")
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        try workspace.answerAll(id)
        // The evidence reference and comment are kept with the answer (this one replaces the first).
        let evidence = try workspace.assessment(
            [
                "answer", id, "policy.exists", "--value", "yes", "--evidence", "psea_policy:Board minute 12",
                "--comment", "Adopted 2024",
            ], role: "partner")
        #expect(evidence.exitCode == 0, "\(evidence)")
        try workspace.accept(id, "submit", role: "partner")
        try workspace.accept(id, "start_review", role: "psea_focal_point")
        try workspace.rateAllMet(id)
        let text = try workspace.run("assessment", "show", id)
        #expect(text.stdout.contains("full capacity"), "\(text)")
        #expect(
            text.stdout.contains("policy.exists = yes [evidence: psea_policy: Board minute 12]"), "\(text)")
        try workspace.accept(id, "determine", role: "psea_focal_point")
        try workspace.accept(id, "confirm", role: "psea_focal_point")
        let shown = try workspace.showAssessment(id)
        #expect(shown["states"] as? [String] == ["valid"])
        #expect((shown["determination"] as? [String: Any])?["capacity"] as? String == "full")
        #expect((shown["facts"] as? [String: Any])?["capacity_level"] as? String == "full")
        let list = try workspace.run(
            "assessment", "list", "--partner", "P-0001", "--status", "valid", "--json")
        #expect(try list.jsonArray().map { $0["id"] as? String } == [id], "\(list)")
        let audit = try workspace.run("audit", "verify")
        #expect(audit.exitCode == 0, "\(audit)")
    }

    /// Runs `body` and checks that it exits 1 with `message` on stderr and writes nothing.
    func expectRefused(
        _ workspace: CLIWorkspace, _ id: String, _ message: String,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ body: () throws -> CLIResult
    ) throws {
        let before = try workspace.history(id).count
        let shown = try workspace.run("assessment", "show", id, "--json").stdout
        let result = try body()
        #expect(result.exitCode == 1, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("error: "), "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "\(result)", sourceLocation: sourceLocation)
        #expect(try workspace.history(id).count == before, sourceLocation: sourceLocation)
        #expect(
            try workspace.run("assessment", "show", id, "--json").stdout == shown,
            sourceLocation: sourceLocation)
    }

    @Test func anUnknownQuestionnaireIsRefused() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let result = try workspace.assessment(
            ["start", partner, "--questionnaire", "psea-comon"], role: "programme_officer")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("there is no questionnaire \"psea-comon\"; did you mean psea-common?"))
        #expect(try workspace.run("assessment", "list", "--json").jsonArray().isEmpty)
    }

    @Test func anAnswerOffTheScaleIsRefused() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.accept(id, "invite_partner", role: "programme_officer")
        try expectRefused(
            workspace, id, "\"maybe\" is not an answer to policy.exists; it takes one of yes, no"
        ) {
            try workspace.assessment(["answer", id, "policy.exists", "--value", "maybe"], role: "partner")
        }
    }

    @Test func answeringAfterSubmissionIsRefused() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.answerAndSubmit(id)
        try expectRefused(workspace, id, "\"answer\" refused") {
            try workspace.assessment(["answer", id, "policy.exists", "--value", "no"], role: "partner")
        }
    }

    @Test func thePartnerCannotReview() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.answerAndSubmit(id)
        try workspace.accept(id, "start_review", role: "programme_officer")
        try expectRefused(workspace, id, "the role partner may not send \"rate\"") {
            try workspace.assessment(["review", id, "policy", "--rating", "met"], role: "partner")
        }
    }

    @Test func determiningWithStandardsUnratedIsRefused() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.answerAndSubmit(id)
        try workspace.accept(id, "start_review", role: "programme_officer")
        let rated = try workspace.assessment(
            ["review", id, "policy", "--rating", "met"], role: "programme_officer")
        #expect(rated.exitCode == 0, "\(rated)")
        try expectRefused(workspace, id, "unrated_standards == 0") {
            try workspace.send(id, "determine", role: "programme_officer")
        }
    }

    @Test func aPlanItemNeedsAValidDueDate() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        let result = try workspace.assessment(
            ["plan", "add", id, "--action", "Adopt a policy", "--owner", "Director", "--due", "next week"],
            role: "programme_officer")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("--due \"next week\" is not a date"), "\(result)")
        let missing = try workspace.assessment(
            ["plan", "add", id, "--action", "Adopt a policy", "--owner", "Director"],
            role: "programme_officer")
        #expect(missing.exitCode == 2, "\(missing)")
        #expect(missing.stderr.contains("--due"), "\(missing)")
    }
}

/// The capacity-strengthening plan through the CLI.
@Suite("assessment plans through the CLI")
struct AssessmentPlanTests {
    @Test func aPartnerWithoutCapacityWorksThroughAPlan() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.answerAndSubmit(id)
        try workspace.accept(id, "start_review", role: "programme_officer")
        for standard in CLIWorkspace.standards {
            let result = try workspace.assessment(
                ["review", id, standard, "--rating", "not_met", "--note", "No document seen"],
                role: "programme_officer")
            try #require(result.exitCode == 0, "\(result)")
        }
        try workspace.accept(id, "determine", role: "programme_officer")
        try workspace.accept(id, "confirm", role: "programme_officer")
        #expect(
            try workspace.showAssessment(id)["states"] as? [String] == ["open", "strengthening", "planning"])
        let added = try workspace.assessment(
            [
                "plan", "add", id, "--action", "Adopt a PSEA policy", "--owner", "Director", "--due",
                "2020-01-31",
            ],
            role: "programme_officer")
        #expect(added.exitCode == 0, "\(added)")
        let shown = try workspace.run("assessment", "show", id)
        #expect(shown.stdout.contains("OVERDUE"), "\(shown)")
        #expect(shown.stdout.contains("not_met (No document seen)"), "\(shown)")
        try workspace.accept(id, "start_monitoring", role: "programme_officer")
        let unknown = try workspace.assessment(["plan", "done", id, "7", "--evidence", "x"], role: "partner")
        #expect(unknown.exitCode == 1, "\(unknown)")
        #expect(unknown.stderr.contains("the plan has no item 7; its items are 1"), "\(unknown)")
        let done = try workspace.assessment(
            ["plan", "done", id, "1", "--evidence", "Policy adopted by the board"], role: "partner")
        #expect(done.exitCode == 0, "\(done)")
        let plan = try #require(workspace.showAssessment(id)["plan"] as? [[String: Any]])
        #expect(plan.first?["overdue"] as? Bool == false)
        #expect(plan.first?["evidence"] as? String == "Policy adopted by the board")
        let audit = try workspace.run("audit", "verify")
        #expect(audit.exitCode == 0, "\(audit)")
    }
}

/// Time rules of an assessment, advanced with `tick --now`.
@Suite("assessment time rules through the CLI")
struct AssessmentTimeRuleTests {
    /// An ISO-8601 time `days` days from now.
    static func inDays(_ days: Int) -> String {
        let date = Date().addingTimeInterval(Double(days) * 86_400)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    @Test func aPlanThatRunsPastItsPeriodSendsPlanOverdueOnce() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.startedAssessment()
        try workspace.answerAndSubmit(id)
        try workspace.accept(id, "start_review", role: "programme_officer")
        for standard in CLIWorkspace.standards {
            let rating = standard == "policy" ? "met" : "not_met"
            let result = try workspace.assessment(
                ["review", id, standard, "--rating", rating], role: "programme_officer")
            try #require(result.exitCode == 0, "\(result)")
        }
        try workspace.accept(id, "determine", role: "programme_officer")
        try workspace.accept(id, "confirm", role: "programme_officer")

        // psea-common gives the partner six months for its plan.
        // Only the partner's own 90-day reminder (its lifecycle is in assessment) is due by then.
        let early = try workspace.run("tick", "--now", Self.inDays(150), "--json")
        #expect(early.exitCode == 0, "\(early)")
        #expect(try early.jsonArray().allSatisfy { $0["subject"] as? String != id }, "\(early)")
        let late = try workspace.run("tick", "--now", Self.inDays(200), "--json")
        #expect(late.exitCode == 0, "\(late)")
        let fired = try late.jsonArray()
        #expect(fired.count == 1, "\(late)")
        #expect(fired.first?["subject"] as? String == id)
        #expect(fired.first?["event"] as? String == "plan_overdue")
        #expect(fired.first?["refused"] is NSNull)
        let again = try workspace.run("tick", "--now", Self.inDays(210), "--json")
        #expect(try again.jsonArray().isEmpty, "\(again)")

        let history = try workspace.history(id)
        #expect(history.filter { $0["event"] as? String == "plan_overdue" }.count == 1)
        #expect(history.last?["role"] as? String == "system")
        let audit = try workspace.run("audit", "verify")
        #expect(audit.exitCode == 0, "\(audit)")
    }
}
