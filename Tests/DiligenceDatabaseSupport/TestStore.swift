import DiligencePostgres
import DiligenceStore
import Foundation
import Logging

/// The store a suite that runs on both stores tests: a SQLite file, or a new PostgreSQL database
/// when `$DILIGENCE_TEST_STORE` is `postgres` (the README's test command runs the storage and
/// application-layer suites a second time so).
public enum TestStore {
    /// Whether the suites run on PostgreSQL.
    public static let onPostgres = ProcessInfo.processInfo.environment["DILIGENCE_TEST_STORE"] == "postgres"

    /// A new store: at `sqlitePath` (created), or in a new PostgreSQL database when the suites run
    /// there. Returns the store, its location (the path, or the database's URL) and what removes it.
    public static func create(sqlitePath: String) throws -> (DiligenceStore, String, Cleanup?) {
        if onPostgres {
            let (database, cleanup) = try TestPostgres.newDatabase()
            return (
                try DiligenceStore(database: database, logger: Logger(label: "test")), database.location,
                cleanup
            )
        }
        return (
            try DiligenceStore(path: sqlitePath, create: true, logger: Logger(label: "test")), sqlitePath, nil
        )
    }
}

extension TestStore {
    /// Another store on the database at `location` (a path or a URL), as a second process would
    /// open it.
    public static func open(_ location: String, label: String) throws -> DiligenceStore {
        guard PostgresLocation.isPostgresURL(location) else {
            return try DiligenceStore(path: location, create: false, logger: Logger(label: label))
        }
        let database = PostgresStoreDatabase(
            try PostgresLocation(url: location, password: nil), logger: Logger(label: label))
        return try DiligenceStore(database: database, logger: Logger(label: label))
    }

    /// Whether a new connection to the PostgreSQL database at `location` could take the write
    /// lock at once.
    public static func postgresWriteLockIsFree(_ location: String) throws -> Bool {
        let database = PostgresStoreDatabase(
            try PostgresLocation(url: location, password: nil), logger: Logger(label: "probe"))
        return try database.read { db in
            try db.value(Bool.self, "SELECT pg_try_advisory_xact_lock(?)", [PostgresStoreDatabase.writeLock])
        } ?? false
    }
}
