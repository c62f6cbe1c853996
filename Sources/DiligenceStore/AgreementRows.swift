import DiligenceCore
import Foundation

/// The rows an agreement keeps besides its instance: its record (versions, findings, decisions as
/// canonical JSON, pinned to the catalogue of its current version), its link to the partner and
/// the clause catalogue's source. Shared by the live commands and the replay of `audit verify`,
/// so both write exactly the same rows.
enum AgreementRows {
    /// The `kind` of an agreement's record and instance rows.
    static let kind = AgreementKind.kind.subject

    /// The events that change the record: each must carry its change.
    static let recordEvents: Set<String> = AgreementKind.clauseDecisions.union([
        AgreementKind.importVersion.name
    ])

    /// The record stored for `subject`, or `nil` when the subject has no agreement record.
    static func record(_ subject: String, db: any StoreConnection) throws -> AgreementRecord? {
        try RecordRow.stored(subject, kind: kind, db: db, decode: AgreementRecord.init(json:))
    }

    /// Inserts a new agreement's record and its link to the partner.
    static func insert(_ record: AgreementRecord, subject: String, db: any StoreConnection) throws {
        try RecordRow.insert(
            subject: subject, kind: kind, value: record.json, pinned: record.current.catalogue.hash,
            partner: record.partner, db: db)
    }

    /// Stores a record's new value (and the catalogue its current version is pinned to).
    static func update(_ record: AgreementRecord, subject: String, db: any StoreConnection) throws {
        try RecordRow.update(
            subject: subject, value: record.json, pinned: record.current.catalogue.hash, db: db)
    }

    /// Keeps the clause catalogue's text, once per hash, so `show` and the audit never depend on
    /// the current file.
    static func storeCatalogue(_ catalogue: ClauseCatalogue, at time: String, db: any StoreConnection) throws
    {
        try db.execute(
            """
            INSERT INTO clause_catalogue_definition (hash, catalogue, version, file, source, first_used_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """,
            [
                catalogue.hash, catalogue.id, catalogue.version, catalogue.file, catalogue.source, time,
            ])
    }

    /// The facts of the agreement workflow's derived fields for `record`, with the partner's
    /// valid red flags counted in `db`.
    static func facts(_ record: AgreementRecord, workflow: WorkflowDefinition, db: any StoreConnection) throws
        -> [FieldValue]
    {
        let flags = try PartnerLock.openRedFlags(partner: record.partner, db: db).count
        return workflow.derivedValues(record.facts(partnerOpenRedFlags: flags))
    }

    /// The start event's data: the partner and the first version.
    static func startData(partner: String, imported: ImportedAgreement) -> JSONValue {
        .object(["agreement": .object(["partner": .string(partner), "version": imported.json])])
    }

    /// The record a start event's data describes, imported by `user` at `time`; `nil` when it
    /// describes none.
    static func record(startData data: JSONValue, user: String, at time: String) -> AgreementRecord? {
        guard let agreement = data["agreement"], let partner = agreement["partner"]?.stringValue,
            let imported = agreement["version"].flatMap(ImportedAgreement.init(json:))
        else { return nil }
        return AgreementRecord(partner: partner, first: imported.version(1, by: user, at: time))
    }

    /// Adds what `partner`'s agreements say to its facts: for its current agreement (the most
    /// recently imported one that is not withdrawn), the mandatory clauses missing and waived in
    /// its current version, and whether it is cleared. A partner without a current agreement
    /// has `agreement_cleared` false and the clause counts unset.
    static func contribute(to facts: inout PartnerFactValues, partner: String, db: any StoreConnection) throws
    {
        // A partner without an agreement has no clause facts: unset, so the lifecycle's guard on
        // `agreement_cleared` is false and the reports count no agreement for it.
        guard let current = try currentAgreement(partner: partner, db: db) else { return }
        facts.mandatoryClausesMissing = current.record.mandatoryMissing.count
        facts.mandatoryClausesWaived = current.record.mandatoryWaived.count
        facts.agreementCleared = current.cleared
        facts.agreementReviewed = current.cleared || current.record.isReviewed
    }

    /// The partner's current agreement: the most recently imported agreement whose workflow is not
    /// complete (an agreement is complete once withdrawn). `cleared` is its workflow field
    /// `cleared`, which the workflow sets on entering the state `cleared` and unsets on leaving it.
    static func currentAgreement(partner: String, db: any StoreConnection) throws
        -> (subject: String, record: AgreementRecord, cleared: Bool)?
    {
        guard
            let row = try db.row(
                """
                SELECT record.subject, record.value, instance.snapshot FROM record
                JOIN instance ON instance.subject = record.subject
                JOIN link ON link.subject = record.subject AND link.role = 'partner'
                WHERE record.kind = ? AND link.target = ? AND instance.complete = 0
                ORDER BY length(record.subject) DESC, record.subject DESC LIMIT 1
                """, [kind, partner])
        else { return nil }
        let subject: String = row[0]
        let record = try RecordRow.decoded(row[1], subject: subject, decode: AgreementRecord.init(json:))
        let snapshot = try DiligenceStore.snapshot(from: row[2], subject: subject)
        return (subject, record, snapshot.context[AgreementKind.cleared.name] == .bool(true))
    }
}
