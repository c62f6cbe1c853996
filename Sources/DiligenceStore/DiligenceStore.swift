import DiligenceCore
import Foundation
public import GRDB
public import Logging

/// The durable side of diligence: the append-only, hash-chained event log in SQLite, the
/// snapshots read commands use, deadlines, flags and notifications.
///
/// Every accepted command is one `BEGIN IMMEDIATE` transaction: read the instance, step, append
/// the event, update the snapshot and the side tables, commit. A refused command writes nothing.
public final class DiligenceStore: Sendable {
    /// How durable a commit is (SQLite's `synchronous` pragma under WAL).
    public enum Durability: String, Sendable {
        /// `synchronous=FULL`: a commit survives power loss. The default.
        case full = "FULL"
        /// `synchronous=NORMAL`: faster; a power loss may lose the last commits, never corrupts.
        case normal = "NORMAL"
    }

    /// The database the store's code runs its SQL on, through ``StoreConnection``.
    let database: any StoreDatabase
    /// GRDB's writer of that database, for what only SQLite has (migrations, backups).
    let writer: any DatabaseWriter
    let logger: Logger
    /// The database's path (`:memory:` for an in-memory store).
    public let path: String
    let storedDefinitions = StoredDefinitions()
    let recentInstances = RecentInstances()

    /// Opens (and, when `create` is true, creates) the database file at `path` in WAL mode and
    /// brings its schema up to date.
    public init(path: String, create: Bool, durability: Durability = .full, logger: Logger) throws(StoreError)
    {
        self.path = path
        self.logger = logger
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw .databaseMissing(path: path) }
            Self.createPrivateFile(path)
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(15)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(durability.rawValue)")
        }
        do {
            let pool = try Self.open(path: path, configuration: configuration)
            try Self.prepare(pool, path: path)
            writer = pool
            database = SQLiteDatabase(writer: pool, location: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Uses an existing GRDB writer (an in-memory queue in tests); applies the migrations.
    public init(writer: some DatabaseWriter, logger: Logger) throws(StoreError) {
        self.writer = writer
        self.database = SQLiteDatabase(writer: writer, location: writer.path)
        self.logger = logger
        self.path = writer.path
        do {
            try Self.prepare(writer, path: writer.path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.translate(error, path: writer.path)
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
    private static func open(path: String, configuration: GRDB.Configuration) throws -> DatabasePool {
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
    private static func prepare(_ writer: some DatabaseWriter, path: String) throws {
        var attempts = 1
        while true {
            do {
                try prepareOnce(writer, path: path)
                return
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_ERROR || error.resultCode == .SQLITE_CONSTRAINT)
                && attempts < 10
            {
                attempts += 1
            }
        }
    }

    private static func prepareOnce(_ writer: some DatabaseWriter, path: String) throws {
        let foreign = try writer.read { db -> Bool in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            return !tables.isEmpty && !tables.contains("grdb_migrations")
        }
        if foreign {
            throw StoreError.databaseUnreadable(path: path, reason: "it holds tables of another program")
        }
        let migrator = StoreSchema.migrator
        let known = Set(migrator.migrations)
        let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
        if !applied.isSubset(of: known) {
            throw StoreError.databaseUnreadable(
                path: path, reason: "it was written by a newer version of diligence")
        }
        try migrator.migrate(writer)
    }

    /// Turns a GRDB or SQLite error into a ``StoreError`` a user can act on.
    static func translate(_ error: any Error, path: String) -> StoreError {
        SQLiteDatabase.translate(error, path: path)
    }

    /// Runs `body` in one write transaction of the store's database (immediate in SQLite), translating
    /// database errors. Any error rolls everything back.
    @discardableResult
    func transaction<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try database.write(body)
    }

    /// Runs a read on one consistent snapshot.
    func read<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try database.read(body)
    }
}

/// Hashes of definitions known to be stored in this database (definitions are never removed),
/// so a command need not look them up again.
final class StoredDefinitions: @unchecked Sendable {
    private let lock = NSLock()
    private var hashes = Set<String>()

    func contains(_ hash: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return hashes.contains(hash)
    }

    func insert(_ hash: String) {
        lock.lock()
        defer { lock.unlock() }
        hashes.insert(hash)
    }
}
