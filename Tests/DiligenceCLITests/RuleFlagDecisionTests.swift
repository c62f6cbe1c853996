import Foundation
import Testing

/// While a risk rule's condition holds, a person's `resolve` or `invalidate` of its flag is refused
/// (the rule would raise a new flag at once), escalated and red flags included; escalating stays
/// open, and once what the rule reads changes the rule resolves its flag itself, or people decide
/// an escalated one.
@Suite struct RuleFlagDecisionTests {
    /// A partner with 10 staff in scope and 2 trained today: the coverage rule flags it.
    func partnerBelowTrainingCoverage() throws -> (CLIWorkspace, String, String) {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        try #require(
            try workspace.training(["personnel", partner, "--category", "staff", "--count", "10"]).exitCode
                == 0)
        try #require(try record(workspace, partner, people: 2).exitCode == 0)
        let flags = try workspace.run("flag", "list", "--partner", partner, "--json").jsonArray()
        try #require(flags.map { $0["rule"] as? String } == ["training-coverage-low"], "\(flags)")
        return (workspace, partner, try #require(flags.first?["id"] as? String))
    }

    func record(_ workspace: CLIWorkspace, _ partner: String, people: Int) throws -> CLIResult {
        let today = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        return try workspace.training([
            "record", partner, "--course", "PSEA basics", "--date", today, "--people", String(people),
        ])
    }

    @Test func resolvingOrInvalidatingWhileTheRuleHoldsIsRefusedAndWritesNothing() throws {
        let (workspace, partner, id) = try partnerBelowTrainingCoverage()
        let before = try workspace.eventCount()
        for decision in ["resolve", "invalidate"] {
            let refused = try workspace.flag(
                [decision, id, "--reason", "Handled."], role: "psea_focal_point")
            #expect(refused.exitCode == 1, "\(refused)")
            #expect(
                refused.stderr.contains(
                    "\(id): \"\(decision)\" refused: the risk rule training-coverage-low raised this flag and still holds for \(partner)"
                ), "\(refused)")
            #expect(
                refused.stderr.contains("training_coverage = 0.2, training_coverage_required = 1"),
                "\(refused)")
            #expect(refused.stderr.contains("Change what the rule reads first"), "\(refused)")
        }
        // `send` is held to the same rule.
        let sent = try workspace.run([
            "send", id, "resolve", "--set", "resolution=Handled.", "--as", "femi", "--role",
            "psea_focal_point",
        ])
        #expect(sent.exitCode == 1 && sent.stderr.contains("still holds for \(partner)"), "\(sent)")
        #expect(try workspace.eventCount() == before)
        #expect(try workspace.run("flag", "list", "--partner", partner, "--json").jsonArray().count == 1)
        // Once the training is recorded, the rule resolves its flag itself.
        #expect(try record(workspace, partner, people: 8).exitCode == 0)
        let shown = try workspace.run("flag", "show", id, "--json").jsonObject()
        #expect(shown["state"] as? String == "resolved", "\(shown)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func anEscalatedRuleFlagIsDecidedOnceTheRuleNoLongerHolds() throws {
        let (workspace, partner, id) = try partnerBelowTrainingCoverage()
        let escalated = try workspace.flag(
            ["escalate", id, "--reason", "Third partner this year."], role: "manager")
        #expect(escalated.exitCode == 0, "\(escalated)")
        // Invalidated while the rule holds, a new flag would be raised at once: refused.
        let early = try workspace.flag(
            ["invalidate", id, "--reason", "Personnel count was wrong."], role: "hq_reviewer")
        #expect(early.exitCode == 1 && early.stderr.contains("still holds for \(partner)"), "\(early)")
        // The count corrected, the rule no longer holds; the escalated flag is people's to decide.
        #expect(
            try workspace.training(["personnel", partner, "--category", "staff", "--count", "2"]).exitCode
                == 0)
        let invalidated = try workspace.flag(
            ["invalidate", id, "--reason", "Personnel count was wrong."], role: "hq_reviewer")
        #expect(invalidated.exitCode == 0, "\(invalidated)")
        let flags = try workspace.run("flag", "list", "--partner", partner, "--json").jsonArray()
        #expect(flags.contains { $0["id"] as? String == id && $0["open"] as? Bool == false }, "\(flags)")
        let open = flags.filter { $0["open"] as? Bool == true }
        #expect(open.isEmpty, "no flag is raised again: \(open)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func aRoleThatMayNotResolveHearsAboutItsRoleFirst() throws {
        let (workspace, _, id) = try partnerBelowTrainingCoverage()
        let sent = try workspace.run([
            "send", id, "resolve", "--set", "resolution=x", "--as", "lucas", "--role", "procurement",
        ])
        #expect(sent.exitCode == 1 && sent.stderr.contains("is not a role of risk-flag"), "\(sent)")
        #expect(!sent.stderr.contains("risk rule"), "\(sent)")
    }

    @Test func theFlagOfAClosedPartnerCanBeResolved() throws {
        let (workspace, partner, id) = try partnerBelowTrainingCoverage()
        let closed = try workspace.send(
            partner, "close", role: "manager", set: ["closure_reason=Programme ended."])
        #expect(closed.exitCode == 0, "\(closed)")
        // The rules no longer run for a closed partner: nothing would raise the flag again.
        let resolved = try workspace.flag(
            ["resolve", id, "--reason", "Partnership closed."], role: "manager")
        #expect(resolved.exitCode == 0, "\(resolved)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}
