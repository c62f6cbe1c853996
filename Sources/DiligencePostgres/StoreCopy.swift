public import DiligenceStore
import Foundation

/// What `migrate-store` copied.
public struct StoreCopyReport: Sendable {
    /// Rows copied, per table, in the order they were copied.
    public var rows: [(table: String, count: Int)] = []
    /// The log's last row in the source, and so in the copy: its sequence number and hash.
    public var head: LogHeadView?

    /// Every row copied.
    public var total: Int { rows.reduce(0) { $0 + $1.count } }
}

/// Copies a SQLite installation into a new PostgreSQL database, log and all: every table of the
/// store, row for row, in one transaction, so the copy's hash chain is the source's and
/// `audit verify` passes on it. The copy is refused into a database that holds records already.
public enum StoreCopy {
    /// Rows sent in one `INSERT` (PostgreSQL takes at most 65,535 bound values a statement).
    static let batchValues = 8_000

    /// Copies the SQLite database at `sqlitePath` (brought to the current schema first) into
    /// `destination` (its schema created if missing). `progress` is called with each table as it
    /// is copied and the rows copied so far.
    public static func copy(
        sqlitePath: String, to destination: PostgresStoreDatabase,
        progress: (String, Int) -> Void = { _, _ in }
    ) throws(StoreError) -> StoreCopyReport {
        let source = try SQLiteDatabase.open(path: sqlitePath, create: false)
        try source.prepare()
        try destination.prepare()
        return try source.read { from in
            try destination.write { to in
                try copy(
                    from: from, to: to, sourceLocation: sqlitePath, destination: destination.location,
                    progress: progress)
            }
        }
    }

    private static func copy(
        from: any StoreConnection, to: any StoreConnection, sourceLocation: String, destination: String,
        progress: (String, Int) -> Void
    ) throws -> StoreCopyReport {
        let tables = try PostgresCatalogue.tablesInDependencyOrder(to)
        let sourceTables = Set(
            try from.values(
                String.self,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'"
            ))
        if let missing = tables.first(where: { !sourceTables.contains($0) }) {
            throw StoreError.databaseUnreadable(
                path: sourceLocation, reason: "it has no table \(missing): is it a diligence database?")
        }
        let held = try tables.filter { table in try to.exists("SELECT 1 FROM \(table) LIMIT 1") }
        if !held.isEmpty {
            let events = try to.value(Int.self, "SELECT COUNT(*) FROM event") ?? 0
            throw StoreError.databaseUnreadable(
                path: destination,
                reason: (events > 0
                    ? "it holds a diligence log already (\(events) events)" : "it holds records already")
                    + ": migrate-store copies into a new, empty database")
        }
        var report = StoreCopyReport()
        for table in tables {
            let columns = try PostgresCatalogue.columns(of: table, to)
            let count = try copyRows(of: table, columns: columns, from: from, to: to) { copied in
                progress(table, copied)
            }
            try PostgresCatalogue.restartIdentities(of: table, to)
            report.rows.append((table, count))
        }
        if let row = try from.row("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1") {
            report.head = LogHeadView(seq: row["seq"], hash: row["hash"])
        }
        return report
    }

    /// Copies every row of `table`, a batch per statement; returns how many.
    private static func copyRows(
        of table: String, columns: [String], from: any StoreConnection, to: any StoreConnection,
        copied: (Int) -> Void
    ) throws -> Int {
        let list = columns.joined(separator: ", ")
        let rowsPerBatch = max(1, batchValues / max(1, columns.count))
        var batch: [SQLValue] = []
        var count = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            let rows = batch.count / columns.count
            let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            try to.execute(
                "INSERT INTO \(table) (\(list)) VALUES "
                    + Array(repeating: tuple, count: rows).joined(separator: ", "), batch)
            count += rows
            batch.removeAll(keepingCapacity: true)
            copied(count)
        }
        let order = columns.contains("seq") ? " ORDER BY seq" : ""
        try from.forEachRow("SELECT \(list) FROM \(table)\(order)", []) { row in
            batch.append(contentsOf: row.values)
            if batch.count >= rowsPerBatch * columns.count { try flush() }
            return true
        }
        try flush()
        return count
    }
}
