import DiligenceCore
import Foundation
import GRDB

/// The rows a capacity status keeps besides its instance: its record and its link to the
/// partner. Shared by the live command and the replay of `audit verify`.
enum CapacityStatusRows {
    /// The `kind` of a status's record and instance rows.
    static let kind = "capacity_status"

    /// Inserts a new status's record and its link to the partner.
    static func insert(_ record: CapacityStatusRecord, subject: String, db: Database) throws {
        try db.execute(
            sql: "INSERT INTO record (subject, kind, value, pinned) VALUES (?, ?, ?, '')",
            arguments: [subject, kind, record.json.canonicalText])
        try db.execute(
            sql: "INSERT INTO link (subject, role, target) VALUES (?, 'partner', ?)",
            arguments: [subject, record.partner])
    }

    /// The start event's data.
    static func startData(_ record: CapacityStatusRecord, period: CalendarDuration) -> JSONValue {
        .object(["capacity_status": record.json, "assessment_due_within": .string(period.description)])
    }

    /// The record and emergency period a start event's data describes; `nil` when it describes none.
    static func record(startData data: JSONValue) -> (CapacityStatusRecord, CalendarDuration)? {
        guard let json = data["capacity_status"], let record = CapacityStatusRecord(json: json),
            let period = data["assessment_due_within"]?.stringValue.flatMap(CalendarDuration.init)
        else { return nil }
        return (record, period)
    }

    /// The facts of the status workflow's derived fields.
    static func facts(_ record: CapacityStatusRecord, period: CalendarDuration, workflow: WorkflowDefinition)
        -> [FieldValue]
    {
        workflow.derivedValues([
            "status": .string(record.status.name), "assessment_due_within": .duration(period),
        ])
    }

    /// A status of a partner as the store reads it: its id, record and snapshot.
    struct Linked {
        var id: String
        var record: CapacityStatusRecord
        var snapshot: InstanceSnapshot
    }

    /// Every status recorded for `partner`, in id order.
    static func records(partner: String, db: Database) throws -> [Linked] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT record.subject, record.value, instance.snapshot FROM link
                    JOIN record ON record.subject = link.subject AND record.kind = ?
                    JOIN instance ON instance.subject = link.subject
                    WHERE link.role = 'partner' AND link.target = ?
                    ORDER BY record.subject
                    """), arguments: [kind, partner]
        ).map { row in
            let subject: String = row[0]
            guard let json = JSONValue(text: row[1]), let record = CapacityStatusRecord(json: json) else {
                throw StoreError.corrupted("the record of \(subject) cannot be read")
            }
            return Linked(
                id: subject, record: record,
                snapshot: try DiligenceStore.snapshot(from: row[2], subject: subject))
        }
    }
}
