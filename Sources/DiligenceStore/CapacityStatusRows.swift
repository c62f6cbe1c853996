import DiligenceCore
import Foundation

/// The rows a capacity status keeps besides its instance: its record and its link to the
/// partner. Shared by the live command and the replay of `audit verify`.
enum CapacityStatusRows {
    /// The `kind` of a status's record and instance rows.
    static let kind = CapacityStatusKind.kind.subject

    /// Inserts a new status's record and its link to the partner.
    static func insert(_ record: CapacityStatusRecord, subject: String, db: any StoreConnection) throws {
        try RecordRow.insert(
            subject: subject, kind: kind, value: record.json, pinned: "", partner: record.partner, db: db)
    }

    /// The start event's data.
    static func startData(_ record: CapacityStatusRecord, period: CalendarDuration) -> JSONValue {
        .object([
            "capacity_status": record.json,
            CapacityStatusKind.assessmentDueWithin.name: .string(period.description),
        ])
    }

    /// The record and emergency period a start event's data describes; `nil` when it describes none.
    static func record(startData data: JSONValue) -> (CapacityStatusRecord, CalendarDuration)? {
        guard let json = data["capacity_status"], let record = CapacityStatusRecord(json: json),
            let period = data[CapacityStatusKind.assessmentDueWithin.name]?.stringValue.flatMap(
                CalendarDuration.init)
        else { return nil }
        return (record, period)
    }

    /// The facts of the status workflow's derived fields.
    static func facts(_ record: CapacityStatusRecord, period: CalendarDuration, workflow: WorkflowDefinition)
        -> [FieldValue]
    {
        workflow.derivedValues([
            "status": .string(record.status.name),
            CapacityStatusKind.assessmentDueWithin.name: .duration(period),
        ])
    }

    /// A status of a partner as the store reads it: its id, record and snapshot.
    typealias Linked = RecordRow.Linked<CapacityStatusRecord>

    /// Every status recorded for `partner`, in id order.
    static func records(partner: String, db: any StoreConnection) throws -> [Linked] {
        try RecordRow.linked(kind: kind, partner: partner, db: db) { text, subject in
            try RecordRow.decoded(text, subject: subject, decode: CapacityStatusRecord.init(json:))
        }
    }
}
