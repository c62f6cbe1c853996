import DiligencePostgres
import DiligenceStore
import Foundation
import Logging

/// What a test does when it is done with a database.
public struct Cleanup: Sendable {
    public let run: @Sendable () -> Void
    public init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}

/// The PostgreSQL server the tests may use: `$DILIGENCE_TEST_POSTGRES`, a `postgres://user@host:port/db`
/// URL (the README's test command starts one on the loopback address and sets it). Each test gets
/// a database of its own, dropped when it is done.
public enum TestPostgres {
    /// The server, or `nil` when no test server is named.
    public static let server: PostgresLocation? = {
        guard let url = ProcessInfo.processInfo.environment["DILIGENCE_TEST_POSTGRES"], !url.isEmpty else {
            return nil
        }
        return try? PostgresLocation(url: url, password: ProcessInfo.processInfo.environment["PGPASSWORD"])
    }()

    /// A new, empty database on the test server, and what drops it.
    public static func newDatabase() throws -> (PostgresStoreDatabase, Cleanup) {
        guard var location = server else {
            throw StoreError.databaseMissing(path: "$DILIGENCE_TEST_POSTGRES")
        }
        location.database = "diligence_test_\(UUID().uuidString.prefix(8).lowercased())"
        let logger = Logger(label: "test")
        try PostgresStoreDatabase.createDatabase(location, logger: logger)
        let database = PostgresStoreDatabase(location, logger: logger)
        return (
            database,
            Cleanup { [location] in try? PostgresStoreDatabase.dropDatabase(location, logger: logger) }
        )
    }
}
