import DiligenceCore
import Foundation
public import GRDB
public import Logging

/// The durable side of diligence: the append-only, hash-chained event log, the snapshots read
/// commands use, deadlines, flags and notifications, in a ``StoreDatabase`` (SQLite's by default).
///
/// Every accepted command is one write transaction that holds the write lock from its start:
/// read the instance, step, append the event, update the snapshot and the side tables, commit. A
/// refused command writes nothing. (A training change reads and checks the record on a snapshot
/// first, so its write transaction is short.)
public final class DiligenceStore: Sendable {
    /// How durable a commit is (SQLite's `synchronous` pragma under WAL).
    public typealias Durability = SQLiteDatabase.Durability

    /// The database the store's code runs its SQL on, through ``StoreConnection``.
    let database: any StoreDatabase
    let logger: Logger
    /// Where the database is: a file's path (`:memory:` for an in-memory store).
    public let path: String
    let storedDefinitions = StoredDefinitions()
    let recentInstances = RecentInstances()
    /// Code run at the phases of longer commands, for tests.
    public let hooks = StoreHooks()

    /// The store over `database`, whose schema is brought up to date first.
    public init(database: some StoreDatabase, logger: Logger) throws(StoreError) {
        try database.prepare()
        self.database = database
        self.logger = logger
        self.path = database.location
    }

    /// Opens (and, when `create` is true, creates) the SQLite file at `path` in WAL mode and brings
    /// its schema up to date.
    public convenience init(path: String, create: Bool, durability: Durability = .full, logger: Logger)
        throws(StoreError)
    {
        try self.init(
            database: SQLiteDatabase.open(path: path, create: create, durability: durability), logger: logger)
    }

    /// Uses an existing GRDB writer (an in-memory queue in tests); applies the migrations.
    public convenience init(writer: some DatabaseWriter, logger: Logger) throws(StoreError) {
        try self.init(database: SQLiteDatabase(writer: writer, location: writer.path), logger: logger)
    }

    /// Turns a GRDB or SQLite error into a ``StoreError`` a user can act on.
    static func translate(_ error: any Error, path: String) -> StoreError {
        SQLiteDatabase.translate(error, path: path)
    }

    /// Runs `body` in one write transaction of the store's database (immediate in SQLite), translating
    /// database errors. Any error rolls everything back. Inside a ``batch(_:)``, `body` runs in a
    /// savepoint of the batch's transaction instead.
    @discardableResult
    func transaction<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        if let batch = joinedBatch { return try batch.savepoint(body, translate: database.translate) }
        return try database.write(body)
    }

    /// Runs a read on one consistent snapshot (inside a ``batch(_:)``, on the batch's transaction,
    /// so it sees the batch's writes).
    func read<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        if let batch = joinedBatch {
            do {
                return try body(batch.connection)
            } catch {
                throw database.translate(error)
            }
        }
        return try database.read(body)
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

    /// Forgets every hash (after a rolled-back batch, whose definitions may not be stored).
    func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        hashes.removeAll()
    }
}
