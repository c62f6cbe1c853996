import DiligenceCore
import DiligenceStore
import Foundation
import Testing

private typealias F = FlagFixtures

/// The flag ladder through the store: flags as records, each decision allowed or refused by
/// role, and nothing written by a refusal.
@Suite struct FlagLadderStoreTests {
    let definitions = F.definitions()

    private func raise(_ store: DiligenceStore, _ level: FlagLevel = .yellow, as actor: Actor = F.officer)
        throws -> String
    {
        try store.raiseFlag(
            partner: "P-0001", category: .financial, level: level, reason: "Late audit report.", actor: actor,
            definitions: definitions, now: StoreFixtures.days(1))
    }

    private func decide(
        _ store: DiligenceStore, _ id: String, _ decision: FlagDecision, as actor: Actor, day: Double = 2
    ) throws {
        _ = try store.decideFlag(
            id, decision: decision, text: "Because.", actor: actor, definitions: definitions,
            now: StoreFixtures.days(day))
    }

    /// The decisions the store sends are the flag workflow's decision events the record kind
    /// declares (and `diligence check` requires), and their text fields are declared fields.
    @Test func everyDecisionIsADeclaredEventWithADeclaredField() {
        #expect(FlagDecision.allCases.map(\.event) == FlagKind.decisions)
        let fields = Set(FlagKind.kind.names.filter { $0.part == .field }.map(\.name))
        for decision in FlagDecision.allCases {
            #expect(fields.contains(decision.textField), "\(decision)")
        }
    }

    @Test func aRaisedFlagIsARecordLinkedToItsPartnerWithWhoAndWhen() throws {
        #expect(definitions.report.isValid, "\(definitions.report.errors)")
        let temporary = try F.store(definitions)
        let id = try raise(temporary.store)
        #expect(id == "F-0001")
        let flag = try temporary.store.flag(id)
        #expect(flag.partner == "P-0001")
        #expect(flag.category == "financial")
        #expect(flag.level == "yellow")
        #expect(flag.state == "yellow")
        #expect(flag.reason == "Late audit report.")
        #expect(flag.raisedBy == F.officer)
        #expect(flag.raisedAt == StoreFixtures.days(1))
        #expect(flag.isOpen && flag.isValid && !flag.locksPartner)
        #expect(try temporary.store.flags(partner: "P-0001").map(\.id) == [id])
        #expect(try temporary.store.verify().isIntact)
    }

    @Test(arguments: ["programme_officer", "psea_focal_point", "manager"])
    func theCountryOfficeEscalatesOnceAndHeadquartersDecides(role: String) throws {
        let temporary = try F.store(definitions)
        let store = temporary.store
        let countryOffice = Actor(user: "co", role: role)
        let id = try raise(store, as: countryOffice)
        // Headquarters does not escalate; the country office does not confirm or defer.
        #expect(F.refusal { try decide(store, id, .escalate, as: F.headquarters) } != nil)
        try decide(store, id, .escalate, as: countryOffice)
        #expect(try store.flag(id).state == "escalated")
        for decision in [FlagDecision.confirm, .defer] {
            let refusal = F.refusal { try decide(store, id, decision, as: countryOffice) }
            #expect(
                refusal?.detail.contains("needs the role hq_reviewer") == true,
                "\(String(describing: refusal))")
        }
        try decide(store, id, .defer, as: F.headquarters, day: 3)
        #expect(try store.flag(id).state == "yellow")
        // Escalated once already: refused, and the refusal says which condition.
        let again = F.refusal { try decide(store, id, .escalate, as: countryOffice, day: 4) }
        #expect(again?.detail.contains("escalations == 0") == true, "\(String(describing: again))")
        #expect(try store.history(id).map(\.name) == ["start", "raise", "escalate", "defer"])
        #expect(try store.verify().isIntact)
    }

    @Test func headquartersConfirmsAnEscalatedFlagRedAndOnlyHeadquartersResolvesIt() throws {
        let temporary = try F.store(definitions)
        let store = temporary.store
        let id = try raise(store)
        try decide(store, id, .escalate, as: F.officer)
        try decide(store, id, .confirm, as: F.headquarters, day: 3)
        let red = try store.flag(id)
        #expect(red.state == "red" && red.level == "red" && red.locksPartner)
        #expect(F.refusal { try decide(store, id, .resolve, as: F.officer, day: 4) } != nil)
        #expect(F.refusal { try decide(store, id, .invalidate, as: F.officer, day: 4) } != nil)
        try decide(store, id, .resolve, as: F.headquarters, day: 5)
        let resolved = try store.flag(id)
        #expect(resolved.state == "resolved" && !resolved.isOpen && resolved.isValid)
        #expect(resolved.context["resolution"] == .string("Because."))
        #expect(F.refusal { try decide(store, id, .escalate, as: F.officer, day: 6) } != nil)
    }

    @Test(arguments: ["programme_officer", "psea_focal_point", "manager"])
    func onlyHeadquartersRaisesRedAndARefusalWritesNothing(role: String) throws {
        let temporary = try F.store(definitions)
        let events = try temporary.count("event")
        let refusal = F.refusal { _ = try raise(temporary.store, .red, as: Actor(user: "co", role: role)) }
        let input = refusal?.input
        #expect(input?.field == .role && input?.problem == .notPermitted)
        #expect(input?.values["level"] == "red" && input?.values["allowed"] == "hq_reviewer")
        #expect(try temporary.count("event") == events)
        #expect(try temporary.count("instance") == 1)
        #expect(try temporary.count("link") == 0)
        let id = try raise(temporary.store, .red, as: F.headquarters)
        #expect(try temporary.store.flag(id).state == "red")
    }

    @Test func aFlagIsNeverRaisedEscalatedAndTextIsRequired() throws {
        let temporary = try F.store(definitions)
        let escalated = F.refusal { _ = try raise(temporary.store, .escalated) }
        #expect(escalated?.input?.field == .level && escalated?.input?.problem == .reserved)
        let blank = F.refusal {
            _ = try temporary.store.raiseFlag(
                partner: "P-0001", category: .other, level: .yellow, reason: "  ", actor: F.officer,
                definitions: definitions, now: StoreFixtures.days(1))
        }
        #expect(blank?.input?.field == .reason && blank?.input?.problem == .missing)
        let unknown = F.refusal {
            _ = try temporary.store.raiseFlag(
                partner: "P-0009", category: .other, level: .yellow, reason: "x", actor: F.officer,
                definitions: definitions, now: StoreFixtures.days(1))
        }
        #expect(unknown?.detail.contains("P-0009") == true)
        #expect(try temporary.count("event") == 1)
    }

    @Test func invalidatingNeedsAJustificationAndKeepsTheHistory() throws {
        let temporary = try F.store(definitions)
        let store = temporary.store
        let id = try raise(store, .observation)
        let blank = F.refusal {
            _ = try store.decideFlag(
                id, decision: .invalidate, text: " ", actor: F.officer, definitions: definitions,
                now: StoreFixtures.days(2))
        }
        #expect(blank?.input?.field == .reason && blank?.input?.values["decision"] == "invalidate")
        _ = try store.decideFlag(
            id, decision: .invalidate, text: "Raised on the wrong partner.", actor: F.officer,
            definitions: definitions, now: StoreFixtures.days(2))
        let flag = try store.flag(id)
        #expect(flag.state == "invalidated" && !flag.isValid && !flag.isOpen)
        #expect(flag.context["justification"] == .string("Raised on the wrong partner."))
        #expect(flag.reason == "Late audit report.")
        #expect(try store.flags(partner: "P-0001", openOnly: true).isEmpty)
        #expect(try store.history(id).count == 3)
    }

    @Test func anObservationIsUpgradedToYellow() throws {
        let temporary = try F.store(definitions)
        let id = try raise(temporary.store, .observation)
        #expect(F.refusal { try decide(temporary.store, id, .escalate, as: F.officer) } != nil)
        try decide(temporary.store, id, .upgrade, as: F.officer)
        #expect(try temporary.store.flag(id).state == "yellow")
        try decide(temporary.store, id, .escalate, as: F.officer, day: 3)
        #expect(try temporary.store.flag(id).state == "escalated")
    }
}

/// The flags asked for by level or openness are read from the flags in those states alone (the
/// reviewer's queue read and parsed every flag of the portfolio on each page): the same flags as
/// every flag filtered, on a partner and across the portfolio, with those inherited from a
/// headquarters record.
@Suite struct FlagFilterStoreTests {
    let definitions = F.definitions()

    @Test func flagsByLevelAndOpennessAreEveryFlagFiltered() throws {
        let temporary = try F.store(definitions)
        let store = temporary.store
        _ = try store.registerPartner(
            name: "Horizon Relief", country: "JO", type: .ingo, actor: StoreFixtures.manager,
            definitions: definitions, now: StoreFixtures.start)
        _ = try store.registerPartner(
            name: "Horizon Relief Kenya", country: "KE", type: .ingo, headquarters: "P-0002",
            actor: StoreFixtures.manager, definitions: definitions, now: StoreFixtures.start)
        func raise(_ partner: String, _ level: FlagLevel, as actor: Actor = F.officer) throws -> String {
            try store.raiseFlag(
                partner: partner, category: .financial, level: level, reason: "Late audit report.",
                actor: actor, definitions: definitions, now: StoreFixtures.days(1))
        }
        func decide(_ id: String, _ decision: FlagDecision, as actor: Actor) throws {
            _ = try store.decideFlag(
                id, decision: decision, text: "Because.", actor: actor, definitions: definitions,
                now: StoreFixtures.days(2))
        }
        _ = try raise("P-0001", .observation)
        try decide(try raise("P-0001", .yellow), .escalate, as: F.officer)
        try decide(try raise("P-0002", .yellow), .escalate, as: F.officer)
        let confirmed = try raise("P-0002", .yellow)
        try decide(confirmed, .escalate, as: F.officer)
        try decide(confirmed, .confirm, as: F.headquarters)
        try decide(try raise("P-0002", .yellow), .invalidate, as: F.officer)
        _ = try raise("P-0001", .red, as: F.headquarters)
        let every = try store.flags()
        #expect(every.count == 6)
        #expect(try store.flags(partner: "P-0003").filter { $0.inheritedFrom == "P-0002" }.count == 3)
        for partner in [nil, "P-0001", "P-0002", "P-0003"] {
            let all = try store.flags(partner: partner)
            #expect(
                try store.flags(partner: partner, openOnly: true).map(\.id) == all.filter(\.isOpen).map(\.id))
            for level in FlagLevel.allCases {
                let expected = all.filter { $0.isOpen && $0.level == level.rawValue }.map(\.id)
                #expect(try store.flags(partner: partner, level: level).map(\.id) == expected, "\(level)")
                #expect(
                    try store.flags(partner: partner, openOnly: true, level: level).map(\.id) == expected,
                    "\(level)")
            }
        }
        #expect(try store.flags(level: .escalated).count == 2)
        #expect(try store.flags(level: .red).count == 2)
    }
}
