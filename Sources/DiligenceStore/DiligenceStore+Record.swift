import DiligenceCore
import Foundation

extension DiligenceStore {
    /// Appends an event and applies what it did: the snapshot, deadlines, flags, notifications,
    /// partner rows. Runs inside the caller's transaction; used both for live commands and for
    /// replaying the log into a fresh database.
    ///
    /// - Parameter expectedVersion: the instance version read before stepping (`nil` for a new
    ///   instance); a different stored version means a concurrent change.
    @discardableResult
    static func record(
        _ entry: LogEntry, snapshot: InstanceSnapshot, workflow: WorkflowDefinition, subjectKind: String,
        effects: [AppliedEffect], expectedVersion: Int?, seq forcedSeq: Int? = nil,
        head knownHead: LogHead? = nil,
        definitionStored: Bool = false, snapshotText knownSnapshotText: String? = nil, db: any StoreConnection
    ) throws -> Int {
        try record(
            entry, snapshotText: knownSnapshotText ?? snapshot.json.canonicalText,
            activeStates: snapshot.activeStates, version: snapshot.version,
            isComplete: snapshot.isComplete, workflow: workflow, subjectKind: subjectKind, effects: effects,
            expectedVersion: expectedVersion, seq: forcedSeq, head: knownHead,
            definitionStored: definitionStored,
            db: db)
    }

    /// ``record(_:snapshot:workflow:subjectKind:effects:expectedVersion:seq:head:definitionStored:snapshotText:db:)``
    /// with the snapshot given as its canonical text, active states, version and completeness.
    @discardableResult
    static func record(
        _ entry: LogEntry, snapshotText: String, activeStates: [String], version: Int, isComplete: Bool,
        workflow: WorkflowDefinition,
        subjectKind: String, effects: [AppliedEffect], expectedVersion: Int?, seq forcedSeq: Int? = nil,
        head knownHead: LogHead? = nil, definitionStored: Bool = false, db: any StoreConnection
    ) throws -> Int {
        let known =
            try definitionStored
            || db.value(
                Bool.self, "SELECT 1 FROM definition WHERE hash = ?", [workflow.hash]
            ) ?? false
        if !known {
            try db.execute(
                "INSERT INTO definition (hash, workflow, file, source, first_used_at) VALUES (?, ?, ?, ?, ?)",
                [
                    workflow.hash, workflow.id, workflow.file, workflow.source,
                    Timestamp.format(entry.occurredAt),
                ])
        }
        let seq = try LogChain.append(entry, head: knownHead, seq: forcedSeq, db: db)
        let time = Timestamp.format(entry.occurredAt)
        let states = InstanceStates.text(activeStates)
        if let expectedVersion {
            let changed = try db.execute(
                """
                UPDATE instance SET definition_hash = ?, snapshot = ?, states = ?, version = ?, complete = ?,
                    last_seq = ?, updated_at = ?
                WHERE subject = ? AND version = ?
                """,
                [
                    entry.definitionHash, snapshotText, states, version, isComplete ? 1 : 0,
                    seq, time, entry.subject,
                    expectedVersion,
                ])
            guard changed == 1 else { throw StoreError.conflict(subject: entry.subject) }
        } else {
            try db.execute(
                """
                INSERT INTO instance (subject, kind, workflow, definition_hash, snapshot, states, version, complete,
                    last_seq, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    entry.subject, subjectKind, workflow.id, entry.definitionHash, snapshotText, states,
                    version,
                    isComplete, seq, time,
                ])
        }
        if entry.kind == "start", let partner = entry.data["partner"] {
            try db.execute(
                "INSERT INTO partner (id, name, country, type, registered_at) VALUES (?, ?, ?, ?, ?)",
                [
                    entry.subject, partner["name"]?.stringValue, partner["country"]?.stringValue,
                    partner["type"]?.stringValue, time,
                ])
        }
        try StartLinks.apply(entry, db: db)
        if entry.kind == "deadline" || entry.kind == "deadline_dropped",
            let name = entry.data["deadline"]?.stringValue
        {
            try db.execute(
                "UPDATE deadline SET status = ?, closed_seq = ? WHERE subject = ? AND name = ? AND status = 'pending'",
                [entry.kind == "deadline" ? "fired" : "dropped", seq, entry.subject, name])
        }
        try applyEffects(effects, subject: entry.subject, seq: seq, time: time, db: db)
        return seq
    }

    private static func applyEffects(
        _ effects: [AppliedEffect], subject: String, seq: Int, time: String, db: any StoreConnection
    ) throws {
        for effect in effects {
            switch effect {
            case .fieldSet:
                break
            case .deadlineScheduled(let id, let event, let due):
                try cancelDeadline(id, subject: subject, seq: seq, db: db)
                try db.execute(
                    "INSERT INTO deadline (subject, name, event, due_at, status, scheduled_seq) VALUES (?, ?, ?, ?, 'pending', ?)",
                    [subject, id, event, Timestamp.format(due), seq])
            case .deadlineCancelled(let id):
                try cancelDeadline(id, subject: subject, seq: seq, db: db)
            case .flagRaised(let category, let level, let reason):
                try db.execute(
                    "INSERT INTO flag (subject, category, level, reason, raised_at, raised_seq) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        subject, category.rawValue, level.rawValue, reason,
                        time,
                        seq,
                    ])
            case .flagCleared(let category):
                try db.execute(
                    "UPDATE flag SET cleared_at = ?, cleared_seq = ? WHERE subject = ? AND category = ? AND cleared_seq IS NULL",
                    [time, seq, subject, category.rawValue])
            case .notification(let role, let message):
                try db.execute(
                    "INSERT INTO notification (subject, role, message, created_at, seq) VALUES (?, ?, ?, ?, ?)",
                    [subject, role, message, time, seq])
            }
        }
    }

    private static func cancelDeadline(_ id: String, subject: String, seq: Int, db: any StoreConnection)
        throws
    {
        try db.execute(
            "UPDATE deadline SET status = 'cancelled', closed_seq = ? WHERE subject = ? AND name = ? AND status = 'pending'",
            [seq, subject, id])
    }
}

extension DiligenceStore {
    /// The sequence number of the newest row of the log (0 for an empty log): every change of
    /// the records moves it, so views computed at one head stay true until it moves.
    public func logHeadSequence() throws(StoreError) -> Int {
        try read { db in try LogHead.read(db).seq }
    }
}
