import DiligenceCore
import Foundation
import GRDB

extension DiligenceStore {
    /// One assessment; `unknownSubject` with a suggestion, or `notAnAssessment` for another record.
    public func assessment(_ id: String) throws(StoreError) -> AssessmentEntry {
        let instance = try instance(id)
        let record = try read { db in try AssessmentRows.record(id, db: db) }
        guard let record else { throw .notAnAssessment(id) }
        return AssessmentEntry(id: id, record: record, instance: instance)
    }

    /// Every assessment (of one partner, when `partner` is given), in id order.
    public func assessments(partner: String? = nil) throws(StoreError) -> [AssessmentEntry] {
        try read { db in
            var sql = """
                SELECT record.subject, record.value, instance.kind, instance.workflow, instance.definition_hash,
                    instance.snapshot, instance.updated_at
                FROM record JOIN instance ON instance.subject = record.subject
                WHERE record.kind = ?
                """
            var arguments: [(any DatabaseValueConvertible)?] = [AssessmentRows.kind]
            if let partner {
                sql +=
                    " AND record.subject IN (SELECT subject FROM link WHERE role = 'partner' AND target = ?)"
                arguments.append(partner)
            }
            sql += " ORDER BY record.subject"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let subject: String = row["subject"]
                guard let json = JSONValue(text: row["value"]), let record = AssessmentRecord(json: json)
                else {
                    throw StoreError.corrupted("the record of \(subject) cannot be read")
                }
                let instance = InstanceRecord(
                    subject: subject, kind: row["kind"], workflow: row["workflow"],
                    definitionHash: row["definition_hash"],
                    snapshot: try Self.snapshot(from: row["snapshot"], subject: subject),
                    updatedAt: Timestamp.parse(row["updated_at"]) ?? Date(timeIntervalSince1970: 0))
                return AssessmentEntry(id: subject, record: record, instance: instance)
            }
        }
    }
}
