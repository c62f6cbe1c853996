import DiligenceCore
import DiligenceStore
import Foundation
import Testing

private typealias F = FlagFixtures

/// Red flags lock a partner (its own and its headquarters record's); resolving unlocks it.
@Suite struct PartnerLockTests {
    let definitions = F.definitions()

    private func redFlag(_ store: DiligenceStore, on partner: String) throws -> String {
        try store.raiseFlag(
            partner: partner, category: .sanctionsMatch, level: .red, reason: "Listed on a sanctions list.",
            actor: F.headquarters, definitions: definitions, now: StoreFixtures.days(1))
    }

    private func openRedFlags(_ store: DiligenceStore, _ partner: String) throws -> Any? {
        try store.instance(partner).snapshot.context["open_red_flags"]
    }

    @Test func aRedFlagLocksThePartnerAndTheRefusalNamesIt() throws {
        let temporary = try F.store(definitions)
        let store = temporary.store
        let id = try redFlag(store, on: "P-0001")
        #expect(try store.instance("P-0001").snapshot.context["open_red_flags"] == .int(1))
        let refusal = F.refusal {
            _ = try store.send(
                subject: "P-0001", event: "complete_assessment", assignments: [], actor: F.officer,
                definitions: definitions, now: StoreFixtures.days(2))
        }
        #expect(
            refusal?.detail.contains("partner: \"P-0001\", flags: [") == true
                && refusal?.detail.contains(id) == true,
            "\(String(describing: refusal))")
        _ = try store.decideFlag(
            id, decision: .resolve, text: "Delisted.", actor: F.headquarters, definitions: definitions,
            now: StoreFixtures.days(3))
        #expect(try store.instance("P-0001").snapshot.context["open_red_flags"] == .int(0))
        #expect(try store.verify().isIntact)
    }

    @Test func aCountryLevelRecordInheritsItsHeadquartersFlags() throws {
        let temporary = try F.store(definitions, type: .ingo)
        let store = temporary.store
        let country = try store.registerPartner(
            name: "Amani Kenya", country: "KE", type: .ingo, headquarters: "P-0001",
            actor: StoreFixtures.manager,
            definitions: definitions, now: StoreFixtures.start)
        let id = try redFlag(store, on: "P-0001")
        #expect(try store.instance(country.id).snapshot.context["open_red_flags"] == .int(1))
        let flags = try store.flags(partner: country.id)
        #expect(flags.map(\.id) == [id])
        #expect(flags.first?.inheritedFrom == "P-0001")
        #expect(try store.flags(partner: "P-0001").first?.inheritedFrom == nil)
        // The country record's own flags do not go up to headquarters.
        let own = try store.raiseFlag(
            partner: country.id, category: .financial, level: .yellow, reason: "Late report.",
            actor: F.officer,
            definitions: definitions, now: StoreFixtures.days(2))
        #expect(try store.flags(partner: country.id).map(\.id) == [own, id])
        #expect(try store.flags(partner: "P-0001").map(\.id) == [id])
        _ = try store.decideFlag(
            id, decision: .invalidate, text: "Wrong organisation.", actor: F.headquarters,
            definitions: definitions, now: StoreFixtures.days(3))
        #expect(try store.instance(country.id).snapshot.context["open_red_flags"] == .int(0))
        #expect(try store.verify().isIntact)
    }

    @Test func onlyAnInternationalNGORecordHasAHeadquartersRecord() throws {
        let temporary = try F.store(definitions, type: .ngo)
        let store = temporary.store
        for (type, headquarters) in [(PartnerType.ngo, "P-0001"), (.ingo, "P-0001"), (.ingo, "P-0042")] {
            let refusal = F.refusal {
                _ = try store.registerPartner(
                    name: "Office", country: "KE", type: type, headquarters: headquarters,
                    actor: StoreFixtures.manager, definitions: definitions, now: StoreFixtures.start)
            }
            #expect(refusal != nil)
        }
        #expect(try temporary.count("partner") == 1)
        #expect(try temporary.count("link") == 0)
    }
}
