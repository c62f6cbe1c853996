import DiligenceCore
import Foundation
import GRDB
import Testing

@testable import DiligenceStore

/// Allegation cases in the store: what they add to their partner's facts, sealing at rest, and the
/// replay of `audit verify`.
@Suite struct AllegationStoreTests {
    static let files = [
        ("Workflows/partner-lifecycle.yaml", DefinitionSet.Folder.workflows),
        ("Workflows/allegation-case.yaml", .workflows),
        ("Assessments/allegation-confidentiality.yaml", .assessments),
    ]

    static func definitions() -> DefinitionSet {
        DefinitionSet(files: files.map(StoreFixtures.repositoryFile))
    }

    static let focal = Actor(user: "fatima", role: "psea_focal_point")
    static let today = LocalDate(StoreFixtures.days(30))

    func report(
        _ store: DiligenceStore, received: String, key: AllegationKey, definitions: DefinitionSet,
        narrative: String = "what happened"
    ) throws -> String {
        let report = try AllegationReport(
            partner: "P-0001", received: received, type: "sexual_abuse", victims: "girls=1",
            restricted: ["narrative": narrative], today: Self.today)
        return try store.reportAllegation(
            report, actor: Self.focal, key: key, definitions: definitions, now: StoreFixtures.days(20))
    }

    func send(
        _ store: DiligenceStore, _ id: String, _ event: String, _ set: [(field: String, value: String)] = [],
        definitions: DefinitionSet, day: Double = 22
    ) throws {
        _ = try store.send(
            subject: id, event: event, assignments: set, actor: Self.focal, definitions: definitions,
            now: StoreFixtures.days(day))
    }

    func facts(_ temporary: TemporaryStore) throws -> PartnerFactValues {
        try temporary.read { db in
            var facts = PartnerFactValues(now: StoreFixtures.days(30))
            try AllegationRows.contribute(to: &facts, partner: "P-0001", db: db)
            return facts
        }
    }

    @Test func casesAddOpenSubstantiatedAndLateReportsToThePartnersFacts() throws {
        let definitions = Self.definitions()
        #expect(definitions.report.isValid, "\(definitions.report.errors)")
        let temporary = try TemporaryStore()
        let store = temporary.store
        _ = try store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        var none = try facts(temporary)
        #expect(
            none.openAllegations == 0 && none.substantiatedAllegations == 0 && none.lateAllegationReports == 0
        )
        let key = AllegationKey.generate()
        // Received on day 20 (2026-01-21), reported two days later: late.
        let late = try report(store, received: "2026-01-21", key: key, definitions: definitions)
        try send(store, late, "report_to_un", [("reported_on", "2026-01-23")], definitions: definitions)
        try send(store, late, "start_assessment", definitions: definitions)
        try send(store, late, "investigate", [("investigating_entity", "OIOS")], definitions: definitions)
        try send(store, late, "conclude", [("outcome", "substantiated")], definitions: definitions)
        // Reported the next day: on time; closed for other reasons.
        let closed = try report(store, received: "2026-01-21", key: key, definitions: definitions)
        try send(store, closed, "report_to_un", [("reported_on", "2026-01-22")], definitions: definitions)
        try send(store, closed, "start_assessment", definitions: definitions)
        try send(store, closed, "conclude", [("outcome", "closed_other_reasons")], definitions: definitions)
        try send(store, closed, "close", [("closing_note", "outside the protocol")], definitions: definitions)
        // Still open, not yet reported.
        _ = try report(store, received: "2026-01-21", key: key, definitions: definitions)
        none = try facts(temporary)
        #expect(none.openAllegations == 2)
        #expect(none.substantiatedAllegations == 1)
        #expect(none.lateAllegationReports == 1)
        let cases = try store.allegationCases(partner: "P-0001")
        #expect(cases.map(\.status) == ["substantiated", "closed", "received"])
        let audit = try store.verify()
        #expect(audit.isIntact, "\(audit.problems)")
    }

    @Test func restrictedFieldsAreSealedForTheirCaseAndFieldAndOpenOnlyWithTheirKey() throws {
        let definitions = Self.definitions()
        let temporary = try TemporaryStore()
        let store = temporary.store
        _ = try store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        let key = AllegationKey.generate()
        let first = try report(
            store, received: "2026-01-21", key: key, definitions: definitions, narrative: "same text")
        let second = try report(
            store, received: "2026-01-21", key: key, definitions: definitions, narrative: "same text")
        let a = try store.allegationCase(first).record.sealed["narrative"]
        let b = try store.allegationCase(second).record.sealed["narrative"]
        // The same text sealed twice gives different bytes, and neither holds it.
        #expect(a != nil && b != nil && a != b)
        #expect(!(a ?? "").contains("same text"))
        #expect(SealedField.open(a ?? "", field: "narrative", subject: first, key: key) == "same text")
        // Bound to its case and field: moved elsewhere, it does not open.
        #expect(SealedField.open(a ?? "", field: "narrative", subject: second, key: key) == nil)
        #expect(SealedField.open(a ?? "", field: "victim_details", subject: first, key: key) == nil)
        #expect(SealedField.open(a ?? "", field: "narrative", subject: first, key: .generate()) == nil)
        #expect(throws: StoreError.self) { try store.checkKey(.generate(), keyPath: "other.key") }
        try store.checkKey(key, keyPath: "diligence.key")
        let read = try store.readRestricted(
            first, actor: Self.focal, keyPath: "diligence.key", loadKey: { key }, command: "test",
            confidentiality: definitions.confidentiality, now: StoreFixtures.days(22))
        #expect(read.restricted?.texts["narrative"] == "same text")
        #expect(try store.restrictedReads(subject: first).count == 1)
        #expect(try store.restrictedReads(subject: second).isEmpty)
        #expect(throws: StoreError.self) {
            try store.readRestricted(
                first, actor: Actor(user: "paul", role: "programme_officer"), keyPath: "k", loadKey: { key },
                command: "test", confidentiality: definitions.confidentiality, now: StoreFixtures.days(22))
        }
        // The refused attempt is logged as such; it opened nothing.
        let reads = try store.restrictedReads()
        #expect(reads.map(\.name) == ["read_restricted", "read_refused"])
        #expect(reads.last?.data["reason"]?.stringValue == "role")
        #expect(reads.last?.data["fields"] == nil)
        #expect(throws: StoreError.self) {
            try store.readRestricted(
                first, actor: Self.focal, keyPath: "other.key", loadKey: { .generate() }, command: "test",
                confidentiality: definitions.confidentiality, now: StoreFixtures.days(22))
        }
        #expect(try store.restrictedReads().last?.data["reason"]?.stringValue == "key")
        #expect(try store.restrictedReads().count == 3)
        #expect(try store.verify().isIntact)
    }
}

/// The consequences the shipped risk rules draw from allegation cases: a received allegation
/// raises a yellow SEA flag; a substantiated one locks the partner with a red flag and starts a
/// re-assessment; the red flag stays for headquarters when the case closes.
@Suite struct AllegationConsequenceTests {
    static let files =
        AllegationStoreTests.files + [
            ("Workflows/risk-flag.yaml", .workflows), ("Workflows/psea-assessment.yaml", .workflows),
            ("Assessments/risk-rules.yaml", .assessments), ("Assessments/psea-common.yaml", .assessments),
        ]

    static func definitions() -> DefinitionSet {
        DefinitionSet(files: files.map(StoreFixtures.repositoryFile))
    }

    @Test func aSubstantiatedAllegationLocksThePartnerAndStartsAReassessment() throws {
        let definitions = Self.definitions()
        #expect(definitions.report.isValid, "\(definitions.report.errors)")
        let temporary = try TemporaryStore()
        let store = temporary.store
        let cases = AllegationStoreTests()
        _ = try store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        let key = AllegationKey.generate()
        let id = try cases.report(store, received: "2026-01-21", key: key, definitions: definitions)
        var flags = try store.flags(partner: "P-0001")
        #expect(flags.map(\.level) == ["yellow"])
        #expect(flags.first?.category == "sexual_exploitation_abuse")
        #expect(try store.assessments(partner: "P-0001").isEmpty)

        try cases.send(store, id, "report_to_un", [("reported_on", "2026-01-21")], definitions: definitions)
        try cases.send(store, id, "start_assessment", definitions: definitions)
        try cases.send(store, id, "investigate", [("investigating_entity", "OIOS")], definitions: definitions)
        try cases.send(store, id, "conclude", [("outcome", "substantiated")], definitions: definitions)

        flags = try store.flags(partner: "P-0001")
        let red = try #require(flags.first { $0.level == "red" })
        #expect(red.rule == "allegation-substantiated")
        let reassessments = try store.assessments(partner: "P-0001")
        #expect(reassessments.count == 1)
        #expect(try store.history(reassessments[0].id).first?.actor.user == "rule:allegation-substantiated")
        #expect(try store.instance("P-0001").snapshot.context["open_red_flags"] == .int(1))

        // The case closes with its actions: the rule no longer holds, but only headquarters
        // resolves a red flag, and no second re-assessment is started.
        try cases.send(
            store, id, "record_actions", [("final_actions", "contract terminated")], definitions: definitions)
        try cases.send(store, id, "close", definitions: definitions)
        flags = try store.flags(partner: "P-0001")
        #expect(flags.contains { $0.locksPartner })
        #expect(try store.assessments(partner: "P-0001").count == 1)
        #expect(try store.verify().isIntact)
    }
}
