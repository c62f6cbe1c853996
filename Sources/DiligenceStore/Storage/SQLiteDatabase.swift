import Foundation
public import GRDB

/// SQLite's ``StoreDatabase``: a GRDB writer (a WAL pool for a file, so reads never wait behind
/// the write, or a queue in memory), its write transactions immediate.
public struct SQLiteDatabase: StoreDatabase {
    /// GRDB's writer, for what only SQLite has (migrations, backups).
    public let writer: any DatabaseWriter
    public let location: String

    /// How durable a commit is (SQLite's `synchronous` pragma under WAL).
    public enum Durability: String, Sendable {
        /// `synchronous=FULL`: a commit survives power loss. The default.
        case full = "FULL"
        /// `synchronous=NORMAL`: faster; a power loss may lose the last commits, never corrupts.
        case normal = "NORMAL"
    }

    /// The store database over `writer`, named `location` in messages.
    public init(writer: any DatabaseWriter, location: String) {
        self.writer = writer
        self.location = location
    }

    /// Opens (and, when `create` is true, creates) the database file at `path` in WAL mode.
    public static func open(path: String, create: Bool, durability: Durability = .full) throws(StoreError)
        -> SQLiteDatabase
    {
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw .databaseMissing(path: path) }
            createPrivateFile(path)
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(15)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(durability.rawValue)")
        }
        do {
            return SQLiteDatabase(
                writer: try openPool(path: path, configuration: configuration), location: path)
        } catch {
            throw translate(error, path: path)
        }
    }

    /// Creates an empty database file readable and writable by its owner only: whoever can read
    /// the file reads every record. SQLite gives the WAL and shared-memory files it creates beside
    /// it the same permissions. A file another process created first is left as it is.
    private static func createPrivateFile(_ path: String) {
        guard path != ":memory:", !path.isEmpty else { return }
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor >= 0 { close(descriptor) }
    }

    /// Opens the pool: one writer and concurrent readers on WAL snapshots, so a read never waits
    /// behind a write. A new file is switched to WAL as it is first opened, and SQLite answers that
    /// `PRAGMA journal_mode` with "database is locked" at once, without waiting, while another process
    /// does the same: retry for as long as a busy database is waited for.
    private static func openPool(path: String, configuration: GRDB.Configuration) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(15)
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.005)
            }
        }
    }

    /// Checks the file is ours and applies the migrations.
    ///
    /// Several processes may open a new file at the same moment. GRDB reads which migrations are
    /// applied before it takes the write lock, so the later processes trip over the first one's work
    /// ("table ... already exists", "no such table: grdb_migrations", "UNIQUE constraint failed:
    /// grdb_migrations.identifier"). Such a failure is retried: each
    /// migration is one transaction, so nothing is applied twice, and a retry waits for the lock.
    public func prepare() throws(StoreError) {
        var attempts = 1
        while true {
            do {
                try prepareOnce()
                return
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_ERROR || error.resultCode == .SQLITE_CONSTRAINT)
                && attempts < 10
            {
                attempts += 1
            } catch {
                throw Self.translate(error, path: location)
            }
        }
    }

    private func prepareOnce() throws {
        let foreign = try writer.read { db -> Bool in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            return !tables.isEmpty && !tables.contains("grdb_migrations")
        }
        if foreign {
            throw StoreError.databaseUnreadable(path: location, reason: "it holds tables of another program")
        }
        let migrator = StoreSchema.migrator
        let known = Set(migrator.migrations)
        let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
        if !applied.isSubset(of: known) {
            throw StoreError.databaseUnreadable(
                path: location, reason: "it was written by a newer version of diligence")
        }
        try migrator.migrate(writer)
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

    public func translate(_ error: any Error) -> StoreError {
        Self.translate(error, path: location)
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
