public import DiligenceStore
import Foundation
public import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO

/// PostgreSQL's ``StoreDatabase``: a small pool of connections to one database, its write
/// transactions one at a time across every process that shares the database (an advisory lock
/// taken as the transaction begins, as SQLite's `BEGIN IMMEDIATE` takes its write lock), its reads
/// on one consistent snapshot (`REPEATABLE READ`), never waiting behind a write.
public final class PostgresStoreDatabase: StoreDatabase, @unchecked Sendable {
    public let location: String
    private let target: PostgresLocation
    private let group: any EventLoopGroup
    let logger: Logger
    private let idle = NIOLockedValueBox<[PostgresConnection]>([])
    private let nextID = ConnectionNumbers()

    /// The advisory lock every writer of a diligence database takes: one writer at a time keeps
    /// the hash chain linear and makes what a transaction reads what its writes apply to.
    public static let writeLock = 0x6469_6C69_6765_6E63  // "diligenc"

    /// A store database at `location`; nothing is connected until the first transaction.
    public init(_ location: PostgresLocation, logger: Logger) {
        self.target = location
        self.location = location.description
        self.group = MultiThreadedEventLoopGroup.singleton
        self.logger = logger
    }

    deinit {
        for connection in idle.withLockedValue({ $0 }) { Self.closeNow(connection) }
    }

    /// Brings the schema up to date under the write lock, so two processes starting on a new
    /// database apply each migration once.
    public func prepare() throws(StoreError) {
        try write { db in try PostgresMigrator.migrate(db, location: location) }
    }

    public func write<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try transaction(begin: "BEGIN ISOLATION LEVEL READ COMMITTED", lock: true, body)
    }

    public func read<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", lock: false, body)
    }

    public func translate(_ error: any Error) -> StoreError {
        PostgresErrors.translate(error, location: location)
    }

    private func transaction<T>(
        begin: String, lock: Bool, _ body: (any StoreConnection) throws -> T
    ) throws(StoreError) -> T {
        let connection: PostgresConnection
        do {
            connection = try checkOut()
        } catch {
            throw PostgresErrors.translate(error, location: location)
        }
        let db = PostgresStoreConnection(connection: connection, logger: logger)
        do {
            try db.execute(begin)
            if lock { try db.execute("SELECT pg_advisory_xact_lock(?)", [Self.writeLock]) }
            let result = try body(db)
            try db.execute("COMMIT")
            checkIn(connection)
            return result
        } catch {
            if (try? db.execute("ROLLBACK")) != nil {
                checkIn(connection)
            } else {
                Self.closeNow(connection)
            }
            throw PostgresErrors.translate(error, location: location)
        }
    }

    private func checkOut() throws -> PostgresConnection {
        if let connection = idle.withLockedValue({ $0.popLast() }), !connection.isClosed { return connection }
        return try connect()
    }

    /// A new connection to the database.
    func connect() throws -> PostgresConnection {
        let configuration = PostgresConnection.Configuration(
            host: target.host, port: target.port, username: target.user, password: target.password,
            database: target.database, tls: .disable)
        return try PostgresConnection.connect(
            on: group.next(), configuration: configuration, id: nextID.next(), logger: logger
        ).wait()
    }

    private func checkIn(_ connection: PostgresConnection) {
        idle.withLockedValue { connections in
            if connections.count < 8 { connections.append(connection) } else { Self.closeNow(connection) }
        }
    }
}

/// Connection ids for PostgresNIO's log lines.
final class ConnectionNumbers: Sendable {
    private let value = NIOLockedValueBox(0)
    func next() -> Int {
        value.withLockedValue {
            $0 += 1
            return $0
        }
    }
}

extension PostgresStoreDatabase {
    /// Whether the database holds a diligence store already (its schema prepared).
    public func holdsAStore() throws(StoreError) -> Bool {
        try read { db in
            try db.exists(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'diligence_migration'"
            )
        }
    }
}

extension PostgresStoreDatabase {
    /// Closes `connection` and waits until it is closed (PostgresNIO requires a connection be
    /// closed before it is released).
    static func closeNow(_ connection: PostgresConnection) {
        try? connection.close().wait()
    }
}
