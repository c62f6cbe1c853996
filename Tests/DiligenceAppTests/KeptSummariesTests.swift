import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The partner list carries every partner's summary from one head of the log to the next and
/// makes again only those of the partners the events in between touched: after every kind of
/// write it is the list a server started afresh makes.
@Suite struct KeptSummariesTests {
    let officer = Actor(user: "amina", role: "programme_officer")
    let manager = Actor(user: "henrik", role: "manager")
    let definitions = AppFixture.definitions

    /// Expects the whole list `fixture`'s service gives (carried over) to be the one a new service
    /// on the same store makes from every partner's records.
    private func expectSameAsAfresh(_ fixture: AppFixture, _ what: Comment) async throws {
        let henrik = try await fixture.service.authenticate("henrik", role: nil)
        let carried = try await fixture.service.partnerList(PartnerQuery(pageSize: nil), by: henrik)
        let fresh = DiligenceService(store: fixture.store, definitions: definitions, clock: { fixture.now })
        let made = try await fresh.partnerList(
            PartnerQuery(pageSize: nil), by: try await fresh.authenticate("henrik", role: nil))
        #expect(carried.partners == made.partners, what)
        #expect(carried.countries == made.countries && carried.capacities == made.capacities, what)
    }

    @Test func theListCarriedOverEveryKindOfWriteIsTheListMadeAfresh() async throws {
        let (fixture, _) = try await PartnerViewsTests.portfolio()
        let store = fixture.store
        try await expectSameAsAfresh(fixture, "first made")
        _ = try store.registerPartner(
            name: "Lake Basin Health", country: "UG", type: .ngo, actor: officer, definitions: definitions,
            now: fixture.now)
        try await expectSameAsAfresh(fixture, "a partner registered")
        _ = try store.startAssessment(
            partner: "P-0002", questionnaire: "psea-common", actor: officer, definitions: definitions,
            now: fixture.now)
        try await expectSameAsAfresh(fixture, "an assessment started: the partner's standing moved")
        _ = try store.raiseFlag(
            partner: "P-0003", category: .financial, level: .yellow, reason: "Late audit report.",
            actor: officer, definitions: definitions, now: fixture.now)
        try await expectSameAsAfresh(fixture, "a flag raised: a record linked to the partner")
        _ = try store.assignOfficer(
            "amina", to: "P-0001", actor: manager, policy: definitions.confidentiality.assignment,
            now: fixture.now)
        try await expectSameAsAfresh(fixture, "an officer assigned")
        let henrik = try await fixture.service.authenticate("henrik", role: nil)
        let flagged = try await fixture.service.partnerList(PartnerQuery(openFlags: true), by: henrik)
        #expect(flagged.partners.map(\.id) == ["P-0003"])
        let followed = try await fixture.service.partnerList(PartnerQuery(officer: "amina"), by: henrik)
        #expect(followed.partners.map(\.id) == ["P-0001"])
        #expect(try await fixture.service.partnerList(PartnerQuery(), by: henrik).total == 5)
    }
}
