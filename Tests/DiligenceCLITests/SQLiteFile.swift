import Foundation
import GRDB

/// Plain SQL on a database file, behind the CLI's back: how the tests tamper with records.
enum SQLiteFile {
    /// How many rows of the log concern records: all but the administrator's account rows and
    /// the installation's own (the workspace creates the tests' accounts as they first act).
    static let recordEventCount = "SELECT COUNT(*) FROM event WHERE kind NOT IN ('account', 'installation')"

    /// Runs `sql` (one or more statements) on the file at `url`, outside any transaction.
    static func execute(_ sql: String, at url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }

    /// The first column of each row `sql` returns, as text.
    static func strings(_ sql: String, at url: URL) throws -> [String] {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: sql) }
    }
}

extension CLIWorkspace {
    /// How many rows of the default database's log concern records (0 when there is no
    /// database): what "nothing written" means once the workspace has set up the accounts.
    func recordEvents() throws -> Int {
        guard FileManager.default.fileExists(atPath: database.path) else { return 0 }
        return Int(try SQLiteFile.strings(SQLiteFile.recordEventCount, at: database).first ?? "0") ?? 0
    }
}
