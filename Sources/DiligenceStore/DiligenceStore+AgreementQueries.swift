import DiligenceCore
import Foundation
import GRDB

extension DiligenceStore {
    /// One agreement; `unknownSubject` with a suggestion, or `notAnAgreement` for another record.
    public func agreement(_ id: String) throws(StoreError) -> AgreementEntry {
        let instance = try instance(id)
        let found = try read { db -> (AgreementRecord, [PartnerRedFlag])? in
            guard let record = try AgreementRows.record(id, db: db) else { return nil }
            return (record, try PartnerRedFlags.open(partner: record.partner, db: db))
        }
        guard let (record, flags) = found else { throw .notAnAgreement(id) }
        return AgreementEntry(id: id, record: record, instance: instance, partnerRedFlags: flags)
    }

    /// Every agreement (of one partner, when `partner` is given), in import order.
    public func agreements(partner: String? = nil) throws(StoreError) -> [AgreementEntry] {
        try read { db in
            var sql = """
                SELECT record.subject, record.value, instance.kind, instance.workflow, instance.definition_hash,
                    instance.snapshot, instance.updated_at
                FROM record JOIN instance ON instance.subject = record.subject
                WHERE record.kind = ?
                """
            var arguments: [(any DatabaseValueConvertible)?] = [AgreementRows.kind]
            if let partner {
                sql +=
                    " AND record.subject IN (SELECT subject FROM link WHERE role = 'partner' AND target = ?)"
                arguments.append(partner)
            }
            sql += " ORDER BY length(record.subject), record.subject"
            var flags: [String: [PartnerRedFlag]] = [:]
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let subject: String = row["subject"]
                guard let json = JSONValue(text: row["value"]), let record = AgreementRecord(json: json)
                else {
                    throw StoreError.corrupted("the record of \(subject) cannot be read")
                }
                let instance = InstanceRecord(
                    subject: subject, kind: row["kind"], workflow: row["workflow"],
                    definitionHash: row["definition_hash"],
                    snapshot: try Self.snapshot(from: row["snapshot"], subject: subject),
                    updatedAt: Timestamp.parse(row["updated_at"]) ?? Date(timeIntervalSince1970: 0))
                if flags[record.partner] == nil {
                    flags[record.partner] = try PartnerRedFlags.open(partner: record.partner, db: db)
                }
                return AgreementEntry(
                    id: subject, record: record, instance: instance,
                    partnerRedFlags: flags[record.partner] ?? [])
            }
        }
    }

    /// The partner's current agreement (the most recently imported one not withdrawn), if any.
    public func currentAgreement(partner: String) throws(StoreError) -> String? {
        try read { db in try AgreementRows.currentAgreement(partner: partner, db: db)?.subject }
    }
}
