import DiligenceCore
import DiligenceStore
import Foundation
import Testing

@testable import DiligenceApp

/// The flags list of the whole portfolio read every flag of the portfolio (4.2 s a page at
/// 100,000 partners, about three flags each), and so did the reviewer's queue. The flags are now
/// kept per partner and carried from head to head, and the queue reads the escalated flags alone
/// once per head: after every kind of write the lists are those a server started afresh makes,
/// and only the flags of the partners a write touched are read again.
@Suite struct KeptFlagListTests {
    let queries = [
        FlagQuery(), FlagQuery(openOnly: true), FlagQuery(level: .escalated), FlagQuery(level: .red),
        FlagQuery(category: .financial, openOnly: true),
    ]

    /// Expects each list, carried over, to be the one a new service on the same store makes, for a
    /// manager, a reviewer and a partner's staff.
    private func expectSameAsAfresh(_ world: AccessMatrixTests.World, _ what: Comment) async throws {
        let fixture = world.fixture
        let fresh = DiligenceService(
            store: fixture.store, definitions: AppFixture.definitions, clock: { fixture.now })
        for (name, role) in [("henrik", "manager"), ("sofia", "hq_reviewer"), ("wanjiru", "partner")] {
            let carried = try await fixture.service.authenticate(name, role: role)
            let made = try await fresh.authenticate(name, role: role)
            for query in queries {
                let kept = try await fixture.service.flags(query, by: carried).map(\.id)
                #expect(
                    kept == (try await fresh.flags(query, by: made).map(\.id)), "\(name), \(query): \(what)")
                // A page of the list: its first flags, and how many there are in all.
                let page = try await fixture.service.flags(query, first: 2, by: carried)
                #expect(page.total == kept.count && page.flags.map(\.id) == Array(kept.prefix(2)), "\(what)")
            }
            if role == "hq_reviewer" {
                #expect(
                    try await fixture.service.escalatedFlags(by: carried).map(\.id)
                        == (try await fresh.escalatedFlags(by: made).map(\.id)), "\(what)")
            }
        }
    }

    @Test func theFlagsCarriedOverEveryKindOfWriteAreTheFlagsReadAfresh() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        _ = try await service.addAccount(
            NewAccount(name: "sofia", roles: ["hq_reviewer"]), by: try await world.actor("admin"))
        try await expectSameAsAfresh(world, "first read")
        let amina = try await world.actor("amina")
        let sofia = try await world.actor("sofia")
        let yellow = try await service.raiseFlag(
            on: world.first, category: .financial, level: .yellow, reason: "Late audit report.", by: amina)
        _ = try await service.raiseFlag(
            on: world.second, category: .compliance, level: .observation, reason: "No code of conduct.",
            by: amina)
        try await expectSameAsAfresh(world, "flags raised")
        try await service.decideFlag(yellow, decision: .escalate, reason: "Second late report.", by: amina)
        try await expectSameAsAfresh(world, "a flag escalated")
        #expect(try await service.escalatedFlags(by: sofia).map(\.id) == [yellow])
        try await service.decideFlag(yellow, decision: .confirm, reason: "Confirmed.", by: sofia)
        try await expectSameAsAfresh(world, "a flag confirmed")
        #expect(try await service.escalatedFlags(by: sofia).isEmpty)
        try await service.decideFlag(yellow, decision: .resolve, reason: "Reports filed.", by: sofia)
        try await expectSameAsAfresh(world, "a flag resolved")
        let officer = Actor(user: "amina", role: "programme_officer")
        let headquarters = try world.fixture.store.registerPartner(
            name: "Horizon Relief", country: "CH", type: .ingo, actor: officer,
            definitions: AppFixture.definitions, now: world.fixture.now
        ).id
        _ = try await service.raiseFlag(
            on: headquarters, category: .financial, level: .yellow, reason: "Qualified audit.", by: amina)
        try await expectSameAsAfresh(world, "a flag on a headquarters record")
        _ = try world.fixture.store.registerPartner(
            name: "Horizon Relief Kenya", country: "KE", type: .ingo, headquarters: headquarters,
            actor: officer, definitions: AppFixture.definitions, now: world.fixture.now)
        try await expectSameAsAfresh(world, "a country-level record of a flagged headquarters")
    }

    @Test func aFlagRaisedReadsAgainTheFlagsOfItsPartnerOnly() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let henrik = try await world.actor("henrik")
        _ = try await service.flags(FlagQuery(), by: henrik)
        #expect(service.keptFlags.lastMade == nil, "first read whole")
        let raised = try await service.raiseFlag(
            on: world.second, category: .financial, level: .yellow, reason: "Late audit report.",
            by: try await world.actor("amina"))
        #expect(try await service.flags(FlagQuery(), by: henrik).map(\.id).contains(raised))
        #expect(service.keptFlags.lastMade == [world.second])
    }
}
