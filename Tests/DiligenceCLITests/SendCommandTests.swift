import Foundation
import Testing

@Suite("send: the partner lifecycle walked through the CLI")
struct SendCommandTests {
    @Test func lifecycleFromRegistrationToClosure() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        #expect(try workspace.states(id) == ["registered"])

        try workspace.accept(id, "start_assessment", role: "programme_officer")
        #expect(try workspace.states(id) == ["assessment"])
        #expect(try workspace.accepts(id).contains("complete_assessment"))

        let completed = try workspace.completeAssessment(id, capacity: "full")
        #expect(completed.exitCode == 0, "\(completed)")
        #expect(completed.stdout.contains("set capacity_level = full"))
        #expect(completed.stdout.contains("set assessed_on = 2026-01-10"))
        let engaged = try workspace.show(id)
        #expect(
            Set(engaged["states"] as? [String] ?? [])
                == ["engagement", "agreement", "clauses_pending", "training", "training_pending"])
        let context = try #require(engaged["context"] as? [String: Any])
        #expect(context["capacity_level"] as? String == "full")
        #expect(context["assessed_on"] as? String == "2026-01-10")

        try workspace.accept(id, "confirm_clauses", role: "procurement", set: ["clauses_cleared=true"])
        #expect(Set(try workspace.states(id)).isSuperset(of: ["clauses_confirmed", "training_pending"]))

        let trained = try workspace.send(
            id, "confirm_training", role: "psea_focal_point", set: ["training_coverage=1.0"])
        #expect(trained.exitCode == 0, "\(trained)")
        #expect(trained.stdout.contains("now in active"), "\(trained)")
        #expect(trained.stdout.contains("notify programme_officer: The partner is cleared and active."))
        #expect(try workspace.states(id) == ["active"])

        let suspended = try workspace.send(
            id, "suspend", role: "manager", set: ["suspension_reason=Audit findings pending review."])
        #expect(suspended.exitCode == 0, "\(suspended)")
        let onHold = try workspace.show(id)
        #expect(onHold["states"] as? [String] == ["suspended"])
        #expect(
            (onHold["context"] as? [String: Any])?["suspension_reason"] as? String
                == "Audit findings pending review.")

        try workspace.accept(id, "resume", role: "manager")
        let resumed = try workspace.show(id)
        #expect(resumed["states"] as? [String] == ["active"])
        #expect((resumed["context"] as? [String: Any])?["suspension_reason"] == nil)

        let closed = try workspace.send(
            id, "close", role: "manager", set: ["closure_reason=Programme ended."])
        #expect(closed.exitCode == 0, "\(closed)")
        #expect(closed.stdout.contains("the record has finished its workflow"))
        let final = try workspace.show(id)
        #expect(final["states"] as? [String] == ["closed"])
        #expect(final["complete"] as? Bool == true)
        #expect((final["accepts"] as? [Any])?.isEmpty == true)
        #expect(final["version"] as? Int == 7)

        let list = try workspace.run("partner", "list")
        #expect(list.stdout.contains("closed"))
        let after = try workspace.send(id, "resume", role: "manager")
        #expect(after.exitCode == 1)
        #expect(after.stderr.contains("finished its workflow"), "\(after)")
    }

    @Test func lowCapacityLeadsToStrengtheningWithAFlagAndADeadline() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try workspace.accept(id, "start_assessment", role: "programme_officer")
        let result = try workspace.completeAssessment(id, capacity: "low")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("now in capacity_strengthening"))
        #expect(result.stdout.contains("flag raised: yellow compliance"))
        #expect(result.stdout.contains("deadline: plan_overdue due "))
        let partner = try workspace.show(id)
        #expect(partner["states"] as? [String] == ["capacity_strengthening"])
        let flags = try #require(partner["workflow_flags"] as? [[String: Any]])
        #expect(flags.count == 1)
        #expect(flags.first?["level"] as? String == "yellow")
        #expect(flags.first?["cleared_at"] is NSNull)
        let deadlines = try #require(partner["deadlines"] as? [[String: Any]])
        #expect(deadlines.map { $0["event"] as? String } == ["plan_overdue"])
    }

    @Test func redFlagOnAnActivePartnerSuspendsIt() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.activePartner()
        try workspace.accept(id, "update_flags", role: "psea_focal_point", set: ["open_red_flags=1"])
        let partner = try workspace.show(id)
        #expect(partner["states"] as? [String] == ["suspended"])
        #expect(
            (partner["context"] as? [String: Any])?["suspension_reason"] as? String
                == "A red flag was raised on the partner.")
        let refused = try workspace.send(id, "resume", role: "manager")
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("open_red_flags = 1"), "\(refused)")
    }
}
