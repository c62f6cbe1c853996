import DiligenceCore
import Foundation
import GRDB

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
        definitionStored: Bool = false, snapshotText knownSnapshotText: String? = nil, db: Database
    ) throws -> Int {
        try record(
            entry, snapshotText: knownSnapshotText ?? snapshot.json.canonicalText, version: snapshot.version,
            isComplete: snapshot.isComplete, workflow: workflow, subjectKind: subjectKind, effects: effects,
            expectedVersion: expectedVersion, seq: forcedSeq, head: knownHead,
            definitionStored: definitionStored,
            db: db)
    }

    /// ``record(_:snapshot:workflow:subjectKind:effects:expectedVersion:seq:head:definitionStored:snapshotText:db:)``
    /// with the snapshot given as its canonical text, version and completeness.
    @discardableResult
    static func record(
        _ entry: LogEntry, snapshotText: String, version: Int, isComplete: Bool, workflow: WorkflowDefinition,
        subjectKind: String, effects: [AppliedEffect], expectedVersion: Int?, seq forcedSeq: Int? = nil,
        head knownHead: LogHead? = nil, definitionStored: Bool = false, db: Database
    ) throws -> Int {
        let known =
            try definitionStored
            || Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM definition WHERE hash = ?"), arguments: [workflow.hash]
            ) ?? false
        if !known {
            try db.execute(
                sql:
                    "INSERT INTO definition (hash, workflow, file, source, first_used_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    workflow.hash, workflow.id, workflow.file, workflow.source,
                    Timestamp.format(entry.occurredAt),
                ])
        }
        let seq = try LogChain.append(entry, head: knownHead, seq: forcedSeq, db: db)
        let time = Timestamp.format(entry.occurredAt)
        if let expectedVersion {
            try DirectStatement.run(
                """
                UPDATE instance SET definition_hash = ?, snapshot = ?, version = ?, complete = ?, last_seq = ?, updated_at = ?
                WHERE subject = ? AND version = ?
                """,
                [
                    .text(entry.definitionHash), .text(snapshotText), .int(version), .int(isComplete ? 1 : 0),
                    .int(seq), .text(time), .text(entry.subject),
                    .int(expectedVersion),
                ], db: db)
            guard db.changesCount == 1 else { throw StoreError.conflict(subject: entry.subject) }
        } else {
            try db.execute(
                sql: """
                    INSERT INTO instance (subject, kind, workflow, definition_hash, snapshot, version, complete, last_seq, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    entry.subject, subjectKind, workflow.id, entry.definitionHash, snapshotText,
                    version,
                    isComplete, seq, time,
                ])
        }
        if entry.kind == "start", let partner = entry.data["partner"] {
            try db.execute(
                sql: "INSERT INTO partner (id, name, country, type, registered_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    entry.subject, partner["name"]?.stringValue, partner["country"]?.stringValue,
                    partner["type"]?.stringValue, time,
                ])
        }
        try StartLinks.apply(entry, db: db)
        if entry.kind == "deadline" || entry.kind == "deadline_dropped",
            let name = entry.data["deadline"]?.stringValue
        {
            try db.execute(
                sql:
                    "UPDATE deadline SET status = ?, closed_seq = ? WHERE subject = ? AND name = ? AND status = 'pending'",
                arguments: [entry.kind == "deadline" ? "fired" : "dropped", seq, entry.subject, name])
        }
        try applyEffects(effects, subject: entry.subject, seq: seq, time: time, db: db)
        return seq
    }

    private static func applyEffects(
        _ effects: [AppliedEffect], subject: String, seq: Int, time: String, db: Database
    ) throws {
        for effect in effects {
            switch effect {
            case .fieldSet:
                break
            case .deadlineScheduled(let id, let event, let due):
                try cancelDeadline(id, subject: subject, seq: seq, db: db)
                try DirectStatement.run(
                    "INSERT INTO deadline (subject, name, event, due_at, status, scheduled_seq) VALUES (?, ?, ?, ?, 'pending', ?)",
                    [.text(subject), .text(id), .text(event), .text(Timestamp.format(due)), .int(seq)], db: db
                )
            case .deadlineCancelled(let id):
                try cancelDeadline(id, subject: subject, seq: seq, db: db)
            case .flagRaised(let category, let level, let reason):
                try DirectStatement.run(
                    "INSERT INTO flag (subject, category, level, reason, raised_at, raised_seq) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        .text(subject), .text(category.rawValue), .text(level.rawValue), .text(reason),
                        .text(time),
                        .int(seq),
                    ], db: db)
            case .flagCleared(let category):
                try DirectStatement.run(
                    "UPDATE flag SET cleared_at = ?, cleared_seq = ? WHERE subject = ? AND category = ? AND cleared_seq IS NULL",
                    [.text(time), .int(seq), .text(subject), .text(category.rawValue)], db: db)
            case .notification(let role, let message):
                try DirectStatement.run(
                    "INSERT INTO notification (subject, role, message, created_at, seq) VALUES (?, ?, ?, ?, ?)",
                    [.text(subject), .text(role), .text(message), .text(time), .int(seq)], db: db)
            }
        }
    }

    private static func cancelDeadline(_ id: String, subject: String, seq: Int, db: Database) throws {
        try DirectStatement.run(
            "UPDATE deadline SET status = 'cancelled', closed_seq = ? WHERE subject = ? AND name = ? AND status = 'pending'",
            [.int(seq), .text(subject), .text(id)], db: db)
    }
}

extension DiligenceStore {
    /// The sequence number of the newest row of the log (0 for an empty log): every change of
    /// the records moves it, so views computed at one head stay true until it moves.
    public func logHeadSequence() throws(StoreError) -> Int {
        try read { db in try LogHead.read(db).seq }
    }
}
