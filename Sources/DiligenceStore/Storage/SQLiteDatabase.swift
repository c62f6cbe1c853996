import Foundation
public import GRDB

/// SQLite's ``StoreDatabase``: a GRDB writer (a WAL pool for a file, so reads never wait behind
/// the write, or a queue in memory), its write transactions immediate.
public struct SQLiteDatabase: StoreDatabase {
    /// GRDB's writer, for what only SQLite has (migrations, backups).
    public let writer: any DatabaseWriter
    public let location: String

    /// The store database over `writer`, named `location` in messages.
    public init(writer: any DatabaseWriter, location: String) {
        self.writer = writer
        self.location = location
    }

    /// Runs `body` in one immediate write transaction, translating database errors.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock at once (waiting up to the busy timeout), so the
    /// record read inside is the one the event is applied to. Any error rolls everything back.
    public func write<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
                do {
                    let result = try body(SQLiteConnection(db))
                    try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                    return result
                } catch {
                    if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK TRANSACTION") }
                    throw error
                }
            }
        } catch {
            throw Self.translate(error, path: location)
        }
    }

    /// Runs a read on one WAL snapshot.
    public func read<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read { db in try body(SQLiteConnection(db)) }
        } catch {
            throw Self.translate(error, path: location)
        }
    }

    /// Turns a GRDB or SQLite error into a ``StoreError`` a user can act on.
    static func translate(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .databaseUnreadable(
                    path: path, reason: "the file is not a SQLite database or is damaged")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .databaseBusy(path: path)
            case .SQLITE_CANTOPEN:
                return .databaseUnreadable(
                    path: path, reason: "the file cannot be opened (check the folder exists and is writable)")
            case .SQLITE_READONLY:
                return .databaseUnreadable(path: path, reason: "the file is read-only")
            case .SQLITE_FULL:
                return .databaseUnreadable(path: path, reason: "the disk is full")
            default:
                return .databaseUnreadable(
                    path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
            }
        }
        return .databaseUnreadable(path: path, reason: "\(error)")
    }
}
