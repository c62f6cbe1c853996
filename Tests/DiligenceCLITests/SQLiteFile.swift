import Foundation
import GRDB

/// Plain SQL on a database file, behind the CLI's back: how the tests tamper with records.
enum SQLiteFile {
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
