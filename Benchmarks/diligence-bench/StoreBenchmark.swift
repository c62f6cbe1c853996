import DiligenceCore
import DiligenceStore
import Foundation
import GRDB
import Logging

/// Committed transitions per second through the store, beside raw SQLite one-row INSERT
/// transactions with the same pragmas on the same disk.
enum StoreBenchmark {
    struct Result {
        var transitions: Int
        var seconds: Double
        var baselineInserts: Int
        var baselineSeconds: Double
        var transitionsPerSecond: Double { Double(transitions) / seconds }
        var baselinePerSecond: Double { Double(baselineInserts) / baselineSeconds }
        var ratio: Double { transitionsPerSecond / baselinePerSecond }
    }

    static func run(
        definitions: DefinitionSet, durability: DiligenceStore.Durability, count: Int, directory: URL
    ) throws -> Result {
        let path = directory.appendingPathComponent("store-\(durability.rawValue).sqlite").path
        let store = try DiligenceStore(
            path: path, create: true, durability: durability, logger: Logger(label: "bench"))
        let officer = Actor(user: "bench", role: "programme_officer")
        let manager = Actor(user: "bench", role: "manager")
        let now = Date()
        _ = try store.registerPartner(
            name: "Bench", country: "KE", type: .ngo, actor: officer, definitions: definitions, now: now)
        for event in LifecycleCycle.events.prefix(4) {
            _ = try store.send(
                subject: "P-0001", event: event.name,
                assignments: event.data.map { (field: $0.0, value: $0.1) },
                actor: Actor(user: "bench", role: event.role), definitions: definitions, now: now)
        }
        let suspend = [(field: "suspension_reason", value: "audit finding")]
        let seconds = try Measure.seconds {
            for index in 0..<count {
                if index % 2 == 0 {
                    _ = try store.send(
                        subject: "P-0001", event: "suspend", assignments: suspend, actor: manager,
                        definitions: definitions, now: now)
                } else {
                    _ = try store.send(
                        subject: "P-0001", event: "resume", assignments: [], actor: manager,
                        definitions: definitions, now: now)
                }
            }
        }
        let (inserts, baselineSeconds) = try baseline(
            durability: durability, count: count, directory: directory)
        return Result(
            transitions: count, seconds: seconds, baselineInserts: inserts, baselineSeconds: baselineSeconds)
    }

    /// One-row INSERT transactions in a WAL database with the same `synchronous` setting, with
    /// the same prepared BEGIN/COMMIT statements the store uses.
    static func baseline(durability: DiligenceStore.Durability, count: Int, directory: URL) throws -> (
        Int, Double
    ) {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(durability.rawValue)")
        }
        let path = directory.appendingPathComponent("raw-\(durability.rawValue).sqlite").path
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
        }
        let payload = String(repeating: "x", count: 200)
        let seconds = try Measure.seconds {
            for _ in 0..<count {
                try queue.writeWithoutTransaction { db in
                    try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
                    try db.cachedStatement(sql: "INSERT INTO t (payload) VALUES (?)").execute(arguments: [
                        payload
                    ])
                    try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                }
            }
        }
        return (count, seconds)
    }
}
