import Foundation
import Testing

/// The five steps of the UN common assessment for a low-capacity partner, with a plan that goes
/// overdue, advanced with `tick --now`.
@Suite("the low-capacity path through the CLI")
struct AssessmentPlanPathTests {
    /// A date `days` from today, `YYYY-MM-DD`.
    static func day(_ days: Int) -> String {
        String(AssessmentTimeRuleTests.inDays(days).prefix(10))
    }

    @Test func aLowCapacityPartnerWorksThroughAnOverduePlanToItsFinalDetermination() throws {
        let workspace = try CLIWorkspace()
        // 1. Self-assessment.
        let id = try workspace.startedAssessment()
        try workspace.answerAndSubmit(id)
        // 2. UN review and preliminary determination: five of eight standards met is low capacity.
        try workspace.accept(id, "start_review", role: "programme_officer")
        for (index, standard) in CLIWorkspace.standards.enumerated() {
            let result = try workspace.assessment(
                ["review", id, standard, "--rating", index < 5 ? "met" : "not_met"], role: "programme_officer"
            )
            try #require(result.exitCode == 0, "\(result)")
        }
        try workspace.accept(id, "determine", role: "programme_officer")
        try workspace.accept(id, "confirm", role: "programme_officer")
        // 3. The plan.
        for (action, due) in [("Set up reporting channels", Self.day(30)), ("Train all staff", Self.day(60))]
        {
            let added = try workspace.assessment(
                ["plan", "add", id, "--action", action, "--owner", "Director", "--due", due],
                role: "psea_focal_point")
            try #require(added.exitCode == 0, "\(added)")
        }
        let list = try workspace.run("assessment", "list", "--json").jsonArray()
        #expect(list.first?["capacity_level"] as? String == "low")
        #expect((list.first?["preliminary"] as? [String: Any])?["capacity"] as? String == "low")
        // 4. Monitoring: the first item goes overdue (sent once), then the plan period passes.
        try workspace.accept(id, "start_monitoring", role: "psea_focal_point")
        func ticked(_ days: Int) throws -> [String] {
            try workspace.run("tick", "--now", AssessmentTimeRuleTests.inDays(days), "--json").jsonArray()
                .filter { $0["subject"] as? String == id }.compactMap { $0["event"] as? String }
        }
        #expect(try ticked(45) == ["plan_item_overdue"])
        #expect(try ticked(50).isEmpty)
        let shown = try workspace.run("assessment", "show", id, "--now", AssessmentTimeRuleTests.inDays(50))
        #expect(shown.exitCode == 0, "\(shown)")
        #expect(shown.stdout.contains("OVERDUE"), "\(shown)")
        #expect(Set(try ticked(200)) == ["plan_item_overdue", "plan_overdue"])
        let plan = try #require(workspace.showAssessment(id)["plan"] as? [[String: Any]])
        #expect(plan.map { $0["overdue_reported"] as? Bool } == [true, true])
        for item in ["1", "2"] {
            let done = try workspace.assessment(
                ["plan", "done", id, item, "--evidence", "Seen on visit"], role: "partner")
            try #require(done.exitCode == 0, "\(done)")
        }
        for standard in CLIWorkspace.standards.suffix(3) {
            let result = try workspace.assessment(
                ["review", id, standard, "--rating", "met"], role: "programme_officer")
            try #require(result.exitCode == 0, "\(result)")
        }
        // 5. Final determination.
        try workspace.accept(id, "finalise", role: "programme_officer")
        let final = try workspace.showAssessment(id)
        #expect(final["states"] as? [String] == ["valid"])
        #expect((final["final"] as? [String: Any])?["capacity"] as? String == "full")
        let history = try workspace.history(id).compactMap { $0["event"] as? String }
        #expect(history.filter { $0 == "plan_item_overdue" }.count == 2)
        #expect(history.filter { $0 == "plan_overdue" }.count == 1)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}
