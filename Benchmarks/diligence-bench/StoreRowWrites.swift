import DiligenceCore
import DiligenceStore
import Foundation
import GRDB
import Logging

/// The rows a committed transition of the hand-set lifecycle writes, written again by plain SQL
/// with nothing else: no engine, no hashing, no JSON, no reads. A floor for the store figure.
///
/// The store's own database (its schema: the log's index and foreign key, the instance row, the
/// notification table) is brought to `active` by the store, which then sends one `suspend` and one
/// `resume`; the two log rows, the snapshot after each and the notification `resume` wrote are
/// kept. Each transaction then writes one of them in turn, with the next position in the log, the
/// snapshot update and (for `resume`) the notification: the same pages a store commit dirties, so
/// its ratio to the raw one-row INSERT shows what the write set allows before any of the
/// store's work.
struct StoreRowWrites {
    /// One event's rows: the log row's columns after `seq`, the snapshot after it, a notification.
    struct Step {
        var eventColumns: [DatabaseValue]
        var snapshot: String
        var notification: [DatabaseValue]?
    }

    let queue: DatabaseQueue
    let steps: [Step]
    private var seq: Int
    private var version: Int

    init(
        durability: DiligenceStore.Durability, manual: DefinitionSet, directory: URL
    ) throws {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(durability.rawValue)")
        }
        let path = directory.appendingPathComponent("rows-\(durability.rawValue).sqlite").path
        queue = try DatabaseQueue(path: path, configuration: configuration)
        let store = try DiligenceStore(writer: queue, logger: Logger(label: "bench"))
        try StoreBenchmark.prepareManual(store, definitions: manual, now: Date())
        let manager = Actor(user: "bench", role: "manager")
        var steps: [Step] = []
        for (event, data) in [
            ("suspend", [(field: "suspension_reason", value: "audit finding")]), ("resume", []),
        ] {
            let seq = try store.send(
                subject: "P-0001", event: event, assignments: data, actor: manager, definitions: manual,
                now: Date()
            ).seq
            steps.append(
                try queue.read { db in
                    let event = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT subject, kind, name, actor, role, data, occurred_at, definition_hash, outcome,
                            previous_hash, hash FROM event WHERE seq = ?
                            """, arguments: [seq])
                    let snapshot = try String.fetchOne(
                        db, sql: "SELECT snapshot FROM instance WHERE subject = 'P-0001'")
                    let notification = try Row.fetchOne(
                        db, sql: "SELECT subject, role, message, created_at FROM notification WHERE seq = ?",
                        arguments: [seq])
                    guard let event, let snapshot else {
                        throw BenchmarkFailure("the store wrote no log row or snapshot for event \(seq)")
                    }
                    return Step(
                        eventColumns: Array(event.databaseValues), snapshot: snapshot,
                        notification: notification.map { Array($0.databaseValues) })
                })
        }
        guard steps.count == 2, steps[1].notification != nil else {
            throw BenchmarkFailure(
                "resume on the hand-set lifecycle no longer notifies; the floor needs its rows")
        }
        self.steps = steps
        (seq, version) = try queue.read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT last_seq, version FROM instance WHERE subject = 'P-0001'")
            return (row?[0] ?? 0, row?[1] ?? 0)
        }
    }

    /// Commits `count` transactions, one event's rows each, `suspend` and `resume` in turn.
    mutating func write(_ count: Int) throws {
        for _ in 0..<count {
            let step = steps[seq % 2 == 0 ? 0 : 1]
            seq += 1
            version += 1
            let (seq, version) = (seq, version)
            try queue.writeWithoutTransaction { db in
                try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
                try db.cachedStatement(
                    sql: """
                        INSERT INTO event (seq, subject, kind, name, actor, role, data, occurred_at, definition_hash, outcome, previous_hash, hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: StatementArguments([seq.databaseValue] + step.eventColumns))
                try db.cachedStatement(
                    sql: """
                        UPDATE instance SET snapshot = ?, version = ?, complete = 0, last_seq = ?, updated_at = ?
                        WHERE subject = 'P-0001' AND version = ?
                        """
                ).execute(
                    arguments: [step.snapshot, version, seq, step.eventColumns[6], version - 1])
                if let notification = step.notification {
                    try db.cachedStatement(
                        sql:
                            "INSERT INTO notification (subject, role, message, created_at, seq) VALUES (?, ?, ?, ?, ?)"
                    ).execute(arguments: StatementArguments(notification + [seq.databaseValue]))
                }
                try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
            }
        }
    }
}
