import DiligenceCore
import Foundation

/// One change to a partner's training record, in the two phases ``DiligenceStore/changeTraining(partner:change:imported:actor:definitions:now:)``
/// runs it in: prepared on a snapshot (the record read once, the change checked against it and
/// applied in memory), then written in a short transaction if the record is still as it was read.
struct TrainingWrite {
    /// How many times the change is prepared: the last time under the write lock.
    static let attempts = 3

    var partner: String
    var change: TrainingChange
    var imported: Bool
    var actor: Actor
    var workflow: WorkflowDefinition
    var policy: TrainingPolicy
    var definitions: DefinitionSet
    var now: Date

    /// The record as read and as it will be written.
    struct Prepared {
        /// The record's id; `nil` when the partner has none yet (this change starts it).
        var id: String?
        /// The sequence number of the record's last event when it was read.
        var lastEvent: Int64?
        /// The record after the change.
        var changed: PartnerTraining
        /// Its canonical JSON, as the record row keeps it.
        var changedText: String
        /// The change's JSON, as the event carries it.
        var changeJSON: JSONValue
    }

    /// Reads the partner's record once and checks and applies the change to it in memory.
    func prepare(db: any StoreConnection) throws -> Prepared {
        try DiligenceStore.checkPartner(partner, db: db)
        var id: String?
        var record = PartnerTraining(partner: partner, policy: policy)
        if let existing = try TrainingRows.subject(ofPartner: partner, db: db),
            let stored = try TrainingRows.record(existing, db: db)
        {
            (id, record) = (existing, stored)
        } else {
            try DiligenceStore.checkRole(actor, workflow: workflow, starting: true)
        }
        try DiligenceStore.checkNotRecordedAlready(change, in: record, imported: imported, partner: partner)
        let changed = record.applying(change, policy: policy)
        return Prepared(
            id: id, lastEvent: try id.flatMap { try Self.lastEvent(of: $0, db: db) }, changed: changed,
            changedText: changed.json.canonicalText, changeJSON: change.json)
    }

    /// Whether the partner's record is still the one `prepared` read (no event since).
    func stillCurrent(_ prepared: Prepared, db: any StoreConnection) throws -> Bool {
        let id = try TrainingRows.subject(ofPartner: partner, db: db)
        guard id == prepared.id else { return false }
        guard let id else { return true }
        return try Self.lastEvent(of: id, db: db) == prepared.lastEvent
    }

    /// Writes a prepared change: the record started when new, the event appended, the record stored
    /// and the partner's facts refreshed.
    func apply(_ prepared: Prepared, db: any StoreConnection) throws -> (id: String, record: PartnerTraining)
    {
        let id: String
        if let existing = prepared.id {
            id = existing
        } else {
            id = try RecordSequence.nextID(prefix: TrainingRows.prefix, db: db)
            let record = PartnerTraining(partner: partner, policy: policy)
            try DiligenceStore.startSubject(
                id, kind: TrainingRows.kind, data: TrainingRows.startData(record), actor: actor,
                definitions: definitions, now: now, db: db)
            try TrainingRows.insert(record, subject: id, db: db)
        }
        try DiligenceStore.stepSubject(
            id, event: DiligenceStore.trainingEvent(change, imported: imported), assignments: [],
            actor: actor,
            extra: [DiligenceStore.changeKey: prepared.changeJSON, TrainingRows.policyKey: policy.json],
            definitions: definitions, now: now, db: db)
        try TrainingRows.update(prepared.changed, text: prepared.changedText, subject: id, db: db)
        TrainingRows.parsed.remember(prepared.changed, text: prepared.changedText, subject: id)
        try DiligenceStore.refreshPartners(linkedTo: id, definitions: definitions, now: now, db: db)
        return (id, prepared.changed)
    }

    private static func lastEvent(of subject: String, db: any StoreConnection) throws -> Int64? {
        try db.value(Int64.self, "SELECT MAX(seq) FROM event WHERE subject = ?", [subject])
    }
}
