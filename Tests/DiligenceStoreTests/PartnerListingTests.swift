import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

/// A partner listing filtered and paged in SQL, on each store.
@Suite struct PartnerListingTests {
    let definitions = FlagFixtures.definitions()

    /// Five partners: KE cso, CO ngo, KE ngo, KE ngo, CO government; `alice` follows P-0003 and P-0005.
    private func portfolio() throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let partners: [(String, PartnerType)] = [
            ("KE", .cso), ("CO", .ngo), ("KE", .ngo), ("KE", .ngo), ("CO", .government),
        ]
        for (index, (country, type)) in partners.enumerated() {
            _ = try store.registerPartner(
                name: "Partner \(index + 1)", country: country, type: type, actor: StoreFixtures.officer,
                definitions: definitions, now: StoreFixtures.days(Double(index)))
        }
        for partner in ["P-0003", "P-0005"] {
            _ = try store.assignOfficer(
                "alice", to: partner, actor: StoreFixtures.manager,
                policy: definitions.confidentiality.assignment,
                now: StoreFixtures.days(6))
        }
        return temporary
    }

    private func ids(_ listing: PartnerListing) -> [String] { listing.rows.map(\.partner.id) }

    @Test func eachConditionNarrowsTheListing() throws {
        let temporary = try portfolio()
        let store = temporary.store
        let all = try store.partners(matching: PartnerFilter())
        #expect(ids(all) == ["P-0001", "P-0002", "P-0003", "P-0004", "P-0005"] && all.total == 5)
        #expect(all.rows.allSatisfy { $0.snapshot?.activeStates.isEmpty == false })
        #expect(
            ids(try store.partners(matching: PartnerFilter(country: "ke"))) == ["P-0001", "P-0003", "P-0004"])
        #expect(
            ids(try store.partners(matching: PartnerFilter(country: "KE", type: .ngo))) == [
                "P-0003", "P-0004",
            ])
        #expect(ids(try store.partners(matching: PartnerFilter(type: .government))) == ["P-0005"])
        #expect(ids(try store.partners(matching: PartnerFilter(officer: " alice "))) == ["P-0003", "P-0005"])
        #expect(
            ids(try store.partners(matching: PartnerFilter(country: "CO", officer: "alice"))) == ["P-0005"])
        #expect(ids(try store.partners(matching: PartnerFilter(partner: "P-0002"))) == ["P-0002"])
        #expect(try store.partners(matching: PartnerFilter(country: "MW")).total == 0)
    }

    @Test func aPageHoldsItsPartnersAndTheTotal() throws {
        let temporary = try portfolio()
        let store = temporary.store
        let second = try store.partners(matching: PartnerFilter(), limit: 2, offset: 2)
        #expect(ids(second) == ["P-0003", "P-0004"] && second.total == 5)
        let kenya = try store.partners(matching: PartnerFilter(country: "KE"), limit: 2, offset: 2)
        #expect(ids(kenya) == ["P-0004"] && kenya.total == 3)
        let past = try store.partners(matching: PartnerFilter(), limit: 2, offset: 10)
        #expect(past.rows.isEmpty && past.total == 5)
    }
}
