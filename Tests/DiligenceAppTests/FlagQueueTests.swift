import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The flags list's filters and the headquarters queue through the layer: "only mine" keeps the
/// account's own flags, the origin tells a rule's flags from a person's, only the roles that
/// decide escalated flags see the queue, and the decisions offered follow the workflow.
@Suite struct FlagQueueTests {
    struct World {
        let fixture: AppFixture
        let partner: String
        func actor(_ name: String) async throws -> AuthenticatedActor {
            try await fixture.service.authenticate(name, role: nil)
        }

        /// Raises a yellow flag for late reports on the partner, as `actor`.
        func raiseLateReports(by actor: AuthenticatedActor) async throws -> String {
            try await fixture.service.raiseFlag(
                on: partner, category: .operational, level: .yellow, reason: "Late reports", by: actor)
        }
    }

    static func world() async throws -> World {
        let (fixture, admin) = try await AppFixture.withAccounts(simulatedClock: true)
        let partner = try fixture.store.registerPartner(
            name: "Amani", country: "KE", type: .cso, actor: Actor(user: "amina", role: "programme_officer"),
            definitions: AppFixture.definitions, now: fixture.now
        ).id
        for account in [
            NewAccount(name: "amina", roles: ["programme_officer"]),
            NewAccount(name: "grace", roles: ["psea_focal_point"]),
            NewAccount(name: "sofia", roles: ["hq_reviewer"]),
            NewAccount(name: "wanjiru", roles: ["partner"], partner: partner),
        ] {
            _ = try await fixture.service.addAccount(account, by: admin)
        }
        return World(fixture: fixture, partner: partner)
    }

    @Test func onlyMineCategoryAndOriginNarrowTheList() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let amina = try await world.actor("amina")
        let grace = try await world.actor("grace")
        let mine = try await world.raiseLateReports(by: amina)
        let theirs = try await service.raiseFlag(
            on: world.partner, category: .financial, level: .observation, reason: "Audit pending", by: grace)
        #expect(try await service.flags(FlagQuery(onlyMine: true), by: amina).map(\.id) == [mine])
        #expect(try await service.flags(FlagQuery(onlyMine: true), by: grace).map(\.id) == [theirs])
        #expect(try await service.flags(FlagQuery(category: .financial), by: amina).map(\.id) == [theirs])
        #expect(try await service.flags(FlagQuery(origin: .person), by: amina).count == 2)
        #expect(try await service.flags(FlagQuery(origin: .rule), by: amina).isEmpty)
        #expect(try await service.flags(FlagQuery(level: .yellow), by: amina).map(\.id) == [mine])
    }

    @Test func onlyTheReviewerRolesSeeTheQueueAndEscalationIsOfferedOnce() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        let amina = try await world.actor("amina")
        let sofia = try await world.actor("sofia")
        let flag = try await world.raiseLateReports(by: amina)
        #expect(try await service.flagDecisions(flag, by: amina).mine.contains(.escalate))
        #expect(try await service.flagDecisions(flag, by: sofia).mine.contains(.escalate) == false)
        try await service.decideFlag(flag, decision: .escalate, reason: "HQ should decide", by: amina)
        #expect(service.flagReviewerRoles == ["hq_reviewer"])
        #expect(try await service.escalatedFlags(by: sofia).map(\.id) == [flag])
        for name in ["amina", "wanjiru"] {
            let refused = await refusal {
                _ = try await service.escalatedFlags(by: try await world.actor(name))
            }
            #expect(refused?.code == .notAllowed)
            #expect(refused?.values["allowed"] == "hq_reviewer")
        }
        #expect(
            Set(try await service.flagDecisions(flag, by: sofia).mine) == [.confirm, .defer, .invalidate])
        #expect(try await service.flagDecisions(flag, by: amina).mine.isEmpty)
        try await service.decideFlag(flag, decision: .defer, reason: "Country office decides", by: sofia)
        #expect(try await service.escalatedFlags(by: sofia).isEmpty)
        // Back at yellow after one escalation: not offered again.
        #expect(try await service.flagDecisions(flag, by: amina).mine.contains(.escalate) == false)
        #expect(try await service.flagDecisions(flag, by: amina).mine.contains(.resolve))
        #expect(try await service.flagDecisions(flag, by: try await world.actor("wanjiru")).mine.isEmpty)
    }

    @Test func partnersStaffMayNotRaiseFlags() async throws {
        let world = try await Self.world()
        let service = world.fixture.service
        #expect(service.mayRaiseFlags(try await world.actor("amina")))
        #expect(service.mayRaiseFlags(try await world.actor("wanjiru")) == false)
    }
}

/// Who may record training, as the web's training page asks before it shows its forms.
@Suite struct TrainingRoleTests {
    @Test func theTrainingWorkflowsRolesRecordTraining() async throws {
        let world = try await FlagQueueTests.world()
        let service = world.fixture.service
        #expect(service.mayRecordTraining(try await world.actor("amina")))
        #expect(service.mayRecordTraining(try await world.actor("wanjiru")))
        #expect(service.mayRecordTraining(try await world.actor("sofia")) == false)
    }
}
