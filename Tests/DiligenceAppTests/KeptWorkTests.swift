import DiligenceCore
import DiligenceStore
import Foundation
import Testing

@testable import DiligenceApp

/// Every page counts the account's work, made from every record with a step waiting. It was made
/// again from every partner's records after each write (a sign-in counts), so at 100,000 partners
/// the first page after any write took 37–63 s. The work is now kept per partner and carried from
/// head to head: after every kind of write it is the work a server started afresh makes, and only
/// the partners the write touched are made again.
@Suite struct KeptWorkTests {
    let accounts = ["amina", "james", "fatima", "henrik", "lucas", "wanjiru", "lucia"]

    /// Expects every account's work, carried over, to be the work a new service on the same store
    /// makes from every partner's records.
    private func expectSameAsAfresh(_ world: AccessMatrixTests.World, _ what: Comment) async throws {
        let fixture = world.fixture
        let fresh = DiligenceService(
            store: fixture.store, definitions: AppFixture.definitions, clock: { fixture.now })
        for name in accounts {
            let actor = try await fresh.authenticate(name, role: nil)
            // Every page's navigation counts the work without making the list: the same count.
            let counted = try await fresh.myWorkCount(by: actor)
            let carried = try await fixture.service.myWork(by: try await world.actor(name))
            let made = try await fresh.myWork(by: actor)
            #expect(carried == made, "\(name): \(what)")
            #expect(counted == made.count, "\(name): \(what)")
            #expect(try await fixture.service.myWorkCount(by: try await world.actor(name)) == made.count)
        }
    }

    @Test func theWorkCarriedOverEveryKindOfWriteIsTheWorkMadeAfresh() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let definitions = AppFixture.definitions
        let now = world.fixture.now
        try await expectSameAsAfresh(world, "first made")
        let amina = try await world.actor("amina")
        let james = try await world.actor("james")
        #expect(try await service.myWork(by: james).contains { $0.subject == world.assessment })
        _ = try world.fixture.store.registerPartner(
            name: "Lake Basin Health", country: "UG", type: .ngo,
            actor: Actor(user: "amina", role: "programme_officer"), definitions: definitions, now: now)
        try await expectSameAsAfresh(world, "a partner registered")
        try await service.send("start_assessment", to: world.first, data: [], by: amina)
        try await expectSameAsAfresh(world, "an assessment started: the partner's step taken")
        try await service.send("invite_partner", to: world.assessment, data: [], by: amina)
        try await expectSameAsAfresh(world, "a partner invited: the assessment waits on its staff")
        #expect(
            try await service.myWork(by: try await world.actor("lucia")).contains {
                $0.subject == world.assessment && $0.events.contains("submit")
            })
        let fatima = try await world.actor("fatima")
        try await service.send(
            "record_interim_actions", to: world.allegation,
            data: [("interim_actions", "The staff member is suspended pending the investigation.")],
            by: fatima)
        try await expectSameAsAfresh(world, "a case's step taken")
        let lucas = try await world.actor("lucas")
        let agreement = try await service.importAgreement(
            file: AgreementUploadTests.short, partner: world.second, by: lucas
        ).entry.id
        try await expectSameAsAfresh(world, "an agreement imported")
        #expect(try await service.myWork(by: lucas).contains { $0.subject == agreement })
        _ = try await service.raiseFlag(
            on: world.first, category: .financial, level: .yellow, reason: "Late audit report.", by: amina)
        try await expectSameAsAfresh(world, "a flag raised: the partner's risk level")
        world.fixture.advance(days: 120)
        _ = try await service.tick(by: .system)
        try await expectSameAsAfresh(world, "deadlines fired by the clock")
    }

    @Test func aWriteMakesAgainTheWorkOfThePartnersItTouchedOnly() async throws {
        let world = try await AccessMatrixTests.world()
        let service = world.fixture.service
        let amina = try await world.actor("amina")
        _ = try await service.myWork(by: amina)
        #expect(service.keptWork.lastMade == nil, "first made from every partner's records")
        try await service.send("invite_partner", to: world.assessment, data: [], by: amina)
        _ = try await service.myWork(by: amina)
        #expect(service.keptWork.lastMade == [world.second])
        // A change of an account (a password set) touches no partner: nothing is made again.
        try await service.resetPassword(
            of: "james", to: "a long enough passphrase", by: try await world.actor("admin"),
            settings: SignInSettings(bcryptCost: 4))
        _ = try await service.myWork(by: amina)
        #expect(service.keptWork.lastMade == [])
    }
}
