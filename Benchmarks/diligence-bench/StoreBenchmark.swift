import DiligenceCore
import DiligenceStore
import Foundation
import GRDB
import Logging

/// Committed transitions per second through the store (one `BEGIN IMMEDIATE` transaction each),
/// beside raw SQLite one-row INSERT transactions with the same pragmas on the same disk.
///
/// Two figures: the ratio is taken on the partner lifecycle with its facts set by hand
/// (`Tests/Fixtures/manual-lifecycle.yaml`, an active partner suspended and resumed), the shape
/// every workflow without derived fields has; beside it the shipped lifecycle, whose facts the
/// store computes from the partner's assessment before each event (see ``ShippedPartner``).
/// A second baseline, ``StoreRowWrites``, writes the rows a hand-set transition writes by plain SQL:
/// the floor the issue's write set (log row, its index, snapshot update) sets before any of the
/// store's own work. The timings alternate in rounds (store, shipped, raw, rows) so a load change
/// on the machine falls on all.
enum StoreBenchmark {
    struct Result {
        var transitions = 0
        var seconds = 0.0
        var shippedTransitions = 0
        var shippedSeconds = 0.0
        var baselineInserts = 0
        var baselineSeconds = 0.0
        var rowTransactions = 0
        var rowSeconds = 0.0
        var transitionsPerSecond: Double { Double(transitions) / seconds }
        var shippedPerSecond: Double { Double(shippedTransitions) / shippedSeconds }
        var baselinePerSecond: Double { Double(baselineInserts) / baselineSeconds }
        var rowsPerSecond: Double { Double(rowTransactions) / rowSeconds }
        var ratio: Double { transitionsPerSecond / baselinePerSecond }
        /// The store against the same rows written by plain SQL (``StoreRowWrites``).
        var ratioToRows: Double { transitionsPerSecond / rowsPerSecond }
        /// The same rows written by plain SQL against the one-row INSERT: the most the store's
        /// write set allows.
        var rowsRatio: Double { rowsPerSecond / baselinePerSecond }
        var shippedRatio: Double { shippedPerSecond / baselinePerSecond }
    }

    /// The set-up of the manual lifecycle's partner: into `active` with its facts set by hand.
    static let manualSetup: [(event: String, role: String, data: [(field: String, value: String)])] = [
        ("start_assessment", "programme_officer", []),
        ("complete_assessment", "programme_officer", [("capacity_level", "full")]),
        ("confirm_clauses", "procurement", [("clauses_cleared", "true")]),
        ("confirm_training", "programme_officer", [("training_coverage", "1.0")]),
    ]

    static func run(
        manual: DefinitionSet, shipped: DefinitionSet, durability: DiligenceStore.Durability, count: Int,
        rounds: Int = 3, directory: URL
    ) throws -> Result {
        let now = Date()
        let manualStore = try openStore("manual", durability: durability, directory: directory)
        try prepareManual(manualStore, definitions: manual, now: now)
        let shippedStore = try openStore("shipped", durability: durability, directory: directory)
        try ShippedPartner.prepare(shippedStore, definitions: shipped, start: now)
        let shippedNow = ShippedPartner.eventDate(start: now)
        let raw = try RawInserts(durability: durability, directory: directory)
        var rows = try StoreRowWrites(durability: durability, manual: manual, directory: directory)

        let manager = Actor(user: "bench", role: "manager")
        let suspend = [(field: "suspension_reason", value: "audit finding")]
        var result = Result()
        var sent = 0
        var shippedSent = 0
        for round in 0..<rounds {
            let batch = count / rounds + (round < count % rounds ? 1 : 0)
            result.seconds += try Measure.seconds {
                for _ in 0..<batch {
                    _ = try manualStore.send(
                        subject: "P-0001", event: sent % 2 == 0 ? "suspend" : "resume",
                        assignments: sent % 2 == 0 ? suspend : [], actor: manager, definitions: manual,
                        now: now)
                    sent += 1
                }
            }
            result.shippedSeconds += try Measure.seconds {
                for _ in 0..<batch {
                    _ = try shippedStore.send(
                        subject: "P-0001", event: ShippedPartner.events[shippedSent % 2], assignments: [],
                        actor: ShippedPartner.officer, definitions: shipped, now: shippedNow)
                    shippedSent += 1
                }
            }
            result.baselineSeconds += try Measure.seconds { try raw.insert(batch) }
            result.rowSeconds += try Measure.seconds { try rows.write(batch) }
        }
        result.rowTransactions = sent
        result.transitions = sent
        result.shippedTransitions = shippedSent
        result.baselineInserts = sent
        let report = try shippedStore.verify()
        guard report.isIntact, try manualStore.verify().isIntact else {
            throw BenchmarkFailure(
                "audit verify failed after the benchmark: \(report.problems.first?.message ?? "")")
        }
        return result
    }

    /// Registers `P-0001` on the manual lifecycle and brings it into `active`.
    static func prepareManual(_ store: DiligenceStore, definitions: DefinitionSet, now: Date) throws {
        _ = try store.registerPartner(
            name: "Bench", country: "KE", type: .ngo, actor: ShippedPartner.officer, definitions: definitions,
            now: now)
        for step in manualSetup {
            _ = try store.send(
                subject: "P-0001", event: step.event, assignments: step.data,
                actor: Actor(user: "bench", role: step.role), definitions: definitions, now: now)
        }
    }

    static func openStore(_ name: String, durability: DiligenceStore.Durability, directory: URL) throws
        -> DiligenceStore
    {
        try DiligenceStore(
            path: directory.appendingPathComponent("store-\(name)-\(durability.rawValue).sqlite").path,
            create: true, durability: durability, logger: Logger(label: "bench"))
    }
}

/// One-row INSERT transactions in a WAL database with the same `synchronous` setting, with the
/// same prepared BEGIN IMMEDIATE/COMMIT statements the store uses: the raw SQLite baseline.
struct RawInserts {
    let queue: DatabaseQueue
    let payload = String(repeating: "x", count: 200)

    init(durability: DiligenceStore.Durability, directory: URL) throws {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(durability.rawValue)")
        }
        let path = directory.appendingPathComponent("raw-\(durability.rawValue).sqlite").path
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
        }
    }

    /// Commits `count` one-row transactions.
    func insert(_ count: Int) throws {
        for _ in 0..<count {
            try queue.writeWithoutTransaction { db in
                try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
                try db.cachedStatement(sql: "INSERT INTO t (payload) VALUES (?)").execute(arguments: [payload]
                )
                try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
            }
        }
    }
}

extension StoreBenchmark {
    /// The figures of one durability as JSON keys (`..._normal` or `..._full`).
    static func report(_ result: Result, durability: DiligenceStore.Durability) -> [String: Any] {
        let suffix = durability.rawValue.lowercased()
        return [
            "store_transitions_per_second_\(suffix)": rounded(result.transitionsPerSecond, 0),
            "sqlite_insert_transactions_per_second_\(suffix)": rounded(result.baselinePerSecond, 0),
            "ratio_vs_sqlite_\(suffix)": rounded(result.ratio, 3),
            "shipped_lifecycle_transitions_per_second_\(suffix)": rounded(result.shippedPerSecond, 0),
            "shipped_lifecycle_ratio_vs_sqlite_\(suffix)": rounded(result.shippedRatio, 3),
            "store_rows_transactions_per_second_\(suffix)": rounded(result.rowsPerSecond, 0),
            "store_rows_ratio_vs_sqlite_\(suffix)": rounded(result.rowsRatio, 3),
            "ratio_vs_store_rows_\(suffix)": rounded(result.ratioToRows, 3),
        ]
    }
}
