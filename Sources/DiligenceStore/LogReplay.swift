import DiligenceCore
import Foundation
import GRDB

/// The log replayed event by event into a fresh database, as `audit verify` and the reports as
/// of a past date replay it. The database is a temporary file, removed as soon as it is open (it
/// lives until the replay's last user closes it), never synced, its journal (one event's writes)
/// in memory: the memory the replay takes is SQLite's page cache and the definitions, however
/// long the log and however many the records.
struct LogReplay {
    /// The replayed records.
    let database: SQLiteDatabase
    private let sources: ReplaySources
    private var definitions: [String: WorkflowDefinition] = [:]
    private var questionnaires: ReplayedQuestionnaires

    /// An empty replay over the definitions, questionnaires and catalogues the log ran under.
    init(sources: ReplaySources) throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("diligence-replay-\(UUID().uuidString).sqlite").path
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF")
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        // Open, the file needs no name: nothing is left behind however the process ends.
        try? FileManager.default.removeItem(atPath: path)
        try StoreSchema.migrator.migrate(queue)
        database = SQLiteDatabase(writer: queue, location: path)
        self.sources = sources
        questionnaires = ReplayedQuestionnaires(sources: sources.questionnaires)
    }

    /// Replays the event at `seq`; the problem when the engine, run again, does not do exactly
    /// what the log says.
    mutating func apply(_ entry: LogEntry, seq: Int) throws -> AuditProblem? {
        // Taken out of self while the replay's database (also self's) runs the closure, and put
        // back after: one owner each, so the caches are never copied.
        let sources = sources
        var definitions: [String: WorkflowDefinition] = [:]
        swap(&definitions, &self.definitions)
        var questionnaires = ReplayedQuestionnaires(sources: [:])
        swap(&questionnaires, &self.questionnaires)
        defer {
            swap(&definitions, &self.definitions)
            swap(&questionnaires, &self.questionnaires)
        }
        return try database.write { db in
            try DiligenceStore.replay(
                entry, seq: seq, sources: sources.definitions, definitions: &definitions,
                questionnaires: &questionnaires, catalogues: sources.catalogues, db: db)
        }
    }
}

/// The log read a page of rows at a time, in order, so a long log is never held whole.
enum LogPages {
    /// Rows per page.
    static let size = 2_000

    /// Calls `body` with every row of the log up to `lastSeq` (all when `nil`), in order, until
    /// it returns `false`, reading `pageSize` rows at a time.
    static func forEach(
        _ db: any StoreConnection, through lastSeq: Int?, pageSize: Int = size,
        _ body: (StoreRow) throws -> Bool
    ) throws {
        var after = 0
        while true {
            let rows = try db.rows(
                "SELECT * FROM event WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT \(pageSize)",
                [after, lastSeq ?? Int.max])
            for row in rows {
                guard try body(row) else { return }
                after = row["seq"]
            }
            if rows.count < pageSize { return }
        }
    }
}
