import DiligenceCore
import Foundation

/// A record kind as the store keeps it: the rows it holds beside its instance, read from the
/// start event that created it (for the live command and the replay of `audit verify` alike), and
/// the facts it gives its partner. One list (``StoredRecordKinds/all``) replaces the lists of kinds
/// the store repeated.
protocol StoredRecordKind {
    /// The kind, as DiligenceCore declares it (subject, id prefix, the workflow names read).
    static var recordKind: RecordKind { get }

    /// Inserts the rows the start event `entry` describes, when it starts a record of this kind;
    /// does nothing for a start of another kind.
    static func insertStarted(_ entry: LogEntry, db: any StoreConnection) throws

    /// Adds what the partner's records of this kind say to its facts.
    static func contribute(to facts: inout PartnerFactValues, partner: String, db: any StoreConnection) throws
}

extension StoredRecordKind {
    /// Most kinds give their partner no fact.
    static func contribute(to facts: inout PartnerFactValues, partner: String, db: any StoreConnection) throws
    {}
}

/// A record kind whose start event's data describes its record, which the store inserts as it is.
protocol RecordStartedFromData: StoredRecordKind {
    /// The record the kind keeps.
    associatedtype Record
    /// The record a start event's data describes; `nil` for a start of another kind.
    static func record(startData data: JSONValue) -> Record?
    /// Inserts a new record's rows.
    static func insert(_ record: Record, subject: String, db: any StoreConnection) throws
}

extension RecordStartedFromData {
    static func insertStarted(_ entry: LogEntry, db: any StoreConnection) throws {
        guard let record = record(startData: entry.data) else { return }
        try insert(record, subject: entry.subject, db: db)
    }
}

/// Every record kind the store keeps rows for, in the order their facts are computed.
enum StoredRecordKinds {
    static var all: [any StoredRecordKind.Type] {
        [
            FlagRows.self, AssessmentRows.self, CapacityStatusRows.self, AgreementRows.self,
            TrainingRows.self,
            AllegationRows.self,
        ]
    }
}

extension FlagRows: StoredRecordKind {
    static var recordKind: RecordKind { FlagKind.kind }

    /// A flag keeps no row besides its instance and its link (written with the start itself).
    static func insertStarted(_ entry: LogEntry, db: any StoreConnection) throws {}
}

extension AssessmentRows: RecordStartedFromData {
    static var recordKind: RecordKind { AssessmentKind.kind }
}

extension CapacityStatusRows: StoredRecordKind {
    static var recordKind: RecordKind { CapacityStatusKind.kind }

    static func insertStarted(_ entry: LogEntry, db: any StoreConnection) throws {
        guard let (record, _) = record(startData: entry.data) else { return }
        try insert(record, subject: entry.subject, db: db)
    }
}

extension AgreementRows: StoredRecordKind {
    static var recordKind: RecordKind { AgreementKind.kind }

    static func insertStarted(_ entry: LogEntry, db: any StoreConnection) throws {
        guard
            let record = record(
                startData: entry.data, user: entry.actor.user, at: Timestamp.format(entry.occurredAt))
        else { return }
        try insert(record, subject: entry.subject, db: db)
    }
}

extension TrainingRows: RecordStartedFromData {
    static var recordKind: RecordKind { TrainingKind.kind }
}

extension AllegationRows: RecordStartedFromData {
    static var recordKind: RecordKind { AllegationKind.kind }
}
