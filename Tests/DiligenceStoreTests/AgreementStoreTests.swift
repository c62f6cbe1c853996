import DiligenceCore
import Foundation
import GRDB
import Testing

@testable import DiligenceStore

@Suite struct AgreementStoreTests {
    let definitions = AgreementFixtures.definitions()
    var catalogue: ClauseCatalogue { definitions.clauseCatalogue! }
    var mandatory: [String] { catalogue.clauses.filter(\.mandatory).map(\.id) }

    func imported(_ temporary: TemporaryStore, absent: Set<String> = ["C5"]) throws -> String {
        try temporary.store.importAgreement(
            partner: "P-0001", imported: AgreementFixtures.imported(catalogue, absent: absent),
            actor: StoreFixtures.procurement, definitions: definitions, now: StoreFixtures.days(1))
    }

    @discardableResult
    func decide(
        _ store: DiligenceStore, _ clause: String, _ kind: ClauseDecisionKind, _ text: String? = nil,
        as actor: Actor = StoreFixtures.procurement, id: String = "AG-0001"
    ) throws(StoreError) -> SendResult {
        try store.changeAgreement(
            id: id, change: .decide(clause: clause, kind: kind, text: text), actor: actor,
            definitions: definitions, now: StoreFixtures.days(2))
    }

    func send(
        _ store: DiligenceStore, _ subject: String, _ event: String, as actor: Actor,
        set: [(String, String)] = []
    )
        throws(StoreError) -> SendResult
    {
        try store.send(
            subject: subject, event: event, assignments: set.map { (field: $0.0, value: $0.1) }, actor: actor,
            definitions: definitions, now: StoreFixtures.days(3))
    }

    func partnerFacts(_ temporary: TemporaryStore) throws -> PartnerFactValues {
        try temporary.read { db in
            var facts = PartnerFactValues(now: StoreFixtures.start)
            try AgreementRows.contribute(to: &facts, partner: "P-0001", db: db)
            return facts
        }
    }

    /// Confirms every mandatory clause (C5, found absent, with a note) except `skipping`.
    func confirmAll(_ store: DiligenceStore, skipping: Set<String> = []) throws {
        for clause in mandatory where !skipping.contains(clause) {
            try decide(store, clause, .confirmed, clause == "C5" ? "Article 9.2 covers reporting." : nil)
        }
    }

    @Test func definitionsLoad() {
        #expect(definitions.report.isValid, "\(definitions.report.errors)")
        #expect(AgreementFixtures.lifecycleWithRedFlag.contains("event: raise_red"))
    }

    @Test func importingPinsTheCatalogueAndLinksThePartner() throws {
        let temporary = try AgreementFixtures.withPartner(definitions)
        let id = try imported(temporary)
        #expect(id == "AG-0001")
        let entry = try temporary.store.agreement(id)
        #expect(entry.record.partner == "P-0001")
        #expect(entry.record.versions.map(\.number) == [1])
        #expect(entry.record.current.importedBy == "pat")
        #expect(entry.instance.snapshot.activeStates.contains("imported"))
        #expect(entry.instance.snapshot.context["mandatory_unresolved"] == .int(mandatory.count))
        #expect(entry.record.mandatoryMissing == ["C5"])
        #expect(try temporary.count("clause_catalogue_definition") == 1)
        let links = try StoreRowsRead.strings("SELECT target FROM link WHERE subject = 'AG-0001'", temporary)
        #expect(links == ["P-0001"])
        #expect(try temporary.store.agreements(partner: "P-0001").map(\.id) == ["AG-0001"])
        #expect(try temporary.store.agreements(partner: "P-0002").isEmpty)
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func everyMandatoryClauseConfirmedOrWaivedClearsTheAgreement() throws {
        let temporary = try AgreementFixtures.withPartner(definitions)
        let id = try imported(temporary)
        #expect(try partnerFacts(temporary).agreementCleared == false)
        _ = try send(temporary.store, id, "start_review", as: StoreFixtures.procurement)
        // Asked by state, the agreements are those whose workflow is in one of the states.
        #expect(try temporary.store.agreements(inStates: ["imported"]).isEmpty)
        #expect(try temporary.store.agreements(inStates: ["under_review", "imported"]).map(\.id) == [id])
        #expect(
            try temporary.store.agreements(partner: "P-0001", inStates: ["under_review"]).map(\.id) == [id])
        #expect(try temporary.store.agreements(partner: "P-0002", inStates: ["under_review"]).isEmpty)
        #expect(try temporary.store.agreements(inStates: ["review"]).map(\.id) == [id], "an enclosing state")
        #expect(try temporary.store.agreements(inStates: ["under"]).isEmpty, "a whole state's id only")
        #expect(try temporary.store.agreements(inStates: []).isEmpty)
        try confirmAll(temporary.store, skipping: ["C13"])
        #expect(throws: StoreError.self) {
            try send(temporary.store, id, "clear", as: StoreFixtures.procurement)
        }
        try decide(
            temporary.store, "C13", .waived, "Not applicable to a government partner.",
            as: StoreFixtures.manager)
        let cleared = try send(temporary.store, id, "clear", as: StoreFixtures.procurement)
        #expect(cleared.step.instance.isComplete == false)
        let entry = try temporary.store.agreement(id)
        #expect(entry.instance.snapshot.activeStates.contains("cleared"))
        #expect(entry.record.decision(on: "C13")?.text == "Not applicable to a government partner.")
        #expect(entry.record.decision(on: "C13")?.user == "max")
        let facts = try partnerFacts(temporary)
        #expect(facts.agreementCleared == true)
        #expect(facts.mandatoryClausesMissing == 0)
        #expect(facts.mandatoryClausesWaived == 1)
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func anAmendmentBringsANewVersionReviewedAfresh() throws {
        let temporary = try AgreementFixtures.withPartner(definitions)
        let id = try imported(temporary)
        _ = try send(temporary.store, id, "start_review", as: StoreFixtures.procurement)
        try decide(temporary.store, "C1", .confirmed)
        let amended = try decide(
            temporary.store, "c5", .amendmentRequested, "Add the duty to report promptly.")
        #expect(amended.step.instance.isComplete == false)
        #expect(
            try temporary.store.agreement(id).instance.snapshot.activeStates.contains("amendment_requested"))
        #expect(try partnerFacts(temporary).mandatoryClausesMissing == 1)
        _ = try temporary.store.changeAgreement(
            id: id,
            change: .addVersion(AgreementFixtures.imported(catalogue, file: "amended.docx", absent: [])),
            actor: StoreFixtures.officer, definitions: definitions, now: StoreFixtures.days(4))
        let entry = try temporary.store.agreement(id)
        #expect(entry.instance.snapshot.activeStates.contains("under_review"))
        #expect(entry.record.versions.map(\.fileName) == ["agreement.docx", "amended.docx"])
        #expect(entry.record.decisions.map(\.clause) == ["C1", "C5"])
        #expect(entry.record.decision(on: "C1") == nil)
        #expect(entry.record.decision(on: "C5", version: 1)?.kind == .amendmentRequested)
        #expect(entry.record.mandatoryUnresolved.count == mandatory.count)
        #expect(try partnerFacts(temporary).mandatoryClausesMissing == 0)
        try confirmAll(temporary.store)
        _ = try send(temporary.store, id, "clear", as: StoreFixtures.procurement)
        #expect(try partnerFacts(temporary).agreementCleared == true)
        #expect(try temporary.store.verify().isIntact)
    }

    /// Runs `body`, expects it to throw a store error whose ``StoreError/detail`` contains `message`, and
    /// checks nothing was written.
    func expectRefused(
        _ temporary: TemporaryStore, _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ body: () throws -> Void
    ) throws {
        let events = try temporary.count("event")
        let record = try StoreRowsRead.strings("SELECT value FROM record ORDER BY subject", temporary)
        var explanation = ""
        do {
            try body()
        } catch {
            explanation = (error as? StoreError)?.detail ?? "\(error)"
        }
        #expect(explanation.contains(message), "\(explanation)", sourceLocation: sourceLocation)
        #expect(try temporary.count("event") == events, sourceLocation: sourceLocation)
        #expect(
            try StoreRowsRead.strings("SELECT value FROM record ORDER BY subject", temporary) == record,
            sourceLocation: sourceLocation)
    }

    @Test func decisionsThatDoNotFitAreRefusedAndWriteNothing() throws {
        let temporary = try AgreementFixtures.withPartner(definitions)
        let id = try imported(temporary)
        try expectRefused(temporary, "event: \"confirm\"") { try decide(temporary.store, "C1", .confirmed) }
        _ = try send(temporary.store, id, "start_review", as: StoreFixtures.procurement)
        try expectRefused(
            temporary, "\"C55\" is not a clause of this agreement's catalogue; did you mean C5?"
        ) {
            try decide(temporary.store, "C55", .confirmed)
        }
        try expectRefused(temporary, "missing(DiligenceCore.ClauseDecisionKind.amendmentRequested") {
            try decide(temporary.store, "C2", .amendmentRequested, " ")
        }
        try expectRefused(temporary, "missing(DiligenceCore.ClauseDecisionKind.waived") {
            try decide(temporary.store, "C2", .waived, nil, as: StoreFixtures.manager)
        }
        try expectRefused(
            temporary, "C5 was found absent in version 1; to confirm it anyway, say in a note"
        ) {
            try decide(temporary.store, "C5", .confirmed)
        }
        try expectRefused(
            temporary, "the role procurement may not send \"waive\" here; it needs the role manager"
        ) {
            try decide(temporary.store, "C2", .waived, "Not needed.")
        }
        try expectRefused(temporary, "agreementCommandRequired(subject: \"AG-0001\", event: \"confirm\")") {
            _ = try send(temporary.store, id, "confirm", as: StoreFixtures.procurement)
        }
        try expectRefused(temporary, "mandatory_unresolved == 0") {
            _ = try send(temporary.store, id, "clear", as: StoreFixtures.procurement)
        }
        try expectRefused(temporary, "unknownSubject(\"AG-0009\"") {
            try decide(temporary.store, "C1", .confirmed, id: "AG-0009")
        }
        try expectRefused(temporary, "notAnAgreement(\"P-0001\")") {
            try decide(temporary.store, "C1", .confirmed, id: "P-0001")
        }
        try expectRefused(temporary, "unknownSubject(\"P-0007\"") {
            _ = try temporary.store.importAgreement(
                partner: "P-0007", imported: AgreementFixtures.imported(catalogue),
                actor: StoreFixtures.procurement,
                definitions: definitions, now: StoreFixtures.days(1))
        }
    }

    @Test func aValidRedFlagOnThePartnerBlocksClearingAndIsNamed() throws {
        let temporary = try AgreementFixtures.withPartner(definitions)
        let id = try imported(temporary)
        _ = try send(temporary.store, id, "start_review", as: StoreFixtures.procurement)
        try confirmAll(temporary.store)
        let hq = Actor(user: "hana", role: "hq_reviewer")
        let flag = try temporary.store.raiseFlag(
            partner: "P-0001", category: .sexualExploitationAndAbuse, level: .red,
            reason: "Substantiated allegation against a staff member.", actor: hq, definitions: definitions,
            now: StoreFixtures.days(3))
        try expectRefused(
            temporary,
            "locked(subject: \"\(id)\", event: \"clear\", partner: \"P-0001\""
        ) {
            _ = try send(temporary.store, id, "clear", as: StoreFixtures.procurement)
        }
        #expect(try temporary.store.agreement(id).partnerRedFlags.map(\.id) == [flag])
        _ = try temporary.store.decideFlag(
            flag, decision: .resolve, text: "Investigation closed; staff member dismissed.", actor: hq,
            definitions: definitions, now: StoreFixtures.days(4))
        _ = try send(temporary.store, id, "clear", as: StoreFixtures.procurement)
        #expect(try partnerFacts(temporary).agreementCleared == true)
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func theCurrentAgreementIsTheLatestNotWithdrawn() throws {
        let temporary = try AgreementFixtures.withPartner(definitions)
        #expect(try partnerFacts(temporary).agreementCleared == nil, "no agreement: no clause facts")
        #expect(try partnerFacts(temporary).mandatoryClausesMissing == nil)
        let first = try imported(temporary, absent: [])
        let second = try imported(temporary, absent: ["C1", "C2"])
        #expect(try temporary.store.currentAgreement(partner: "P-0001") == second)
        #expect(try partnerFacts(temporary).mandatoryClausesMissing == 2)
        _ = try send(
            temporary.store, second, "withdraw", as: StoreFixtures.manager,
            set: [("withdraw_reason", "Replaced by the signed version.")])
        #expect(try temporary.store.currentAgreement(partner: "P-0001") == first)
        #expect(try partnerFacts(temporary).mandatoryClausesMissing == 0)
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func auditVerifyFindsAnAlteredAgreementRecordOrCatalogue() throws {
        let temporary = try AgreementFixtures.withPartner(definitions)
        let id = try imported(temporary)
        _ = try send(temporary.store, id, "start_review", as: StoreFixtures.procurement)
        try decide(temporary.store, "C1", .confirmed)
        #expect(try temporary.store.verify().isIntact)
        try temporary.tamper(
            "UPDATE record SET value = replace(value, '\"confirmed\"', '\"waived\"') WHERE subject = 'AG-0001'"
        )
        let report = try temporary.store.verify()
        #expect(
            report.problems.first?.description.contains("the record AG-0001 differs") == true,
            "\(report.problems)")

        let other = try AgreementFixtures.withPartner(definitions)
        _ = try imported(other)
        try other.tamper("UPDATE clause_catalogue_definition SET source = source || '#'")
        let altered = try other.store.verify()
        #expect(
            altered.problems.first?.description.contains("was changed after it was written") == true,
            "\(altered.problems)")
    }
}

/// Reads a column of strings from a temporary store's database.
enum StoreRowsRead {
    static func strings(_ sql: String, _ temporary: TemporaryStore) throws -> [String] {
        try temporary.read { db in try db.values(String.self, sql) }
    }
}
