public import DiligenceStore
public import Logging
import NIOPosix
import PostgresNIO

extension PostgresStoreDatabase {
    /// Creates the database `location` names on its server (signed in to the server's `postgres`
    /// database with the same account), for an installation's first start and for tests.
    public static func createDatabase(_ location: PostgresLocation, logger: Logger) throws(StoreError) {
        try maintenance(
            location, "CREATE DATABASE \(try quoted(location.database, location))", logger: logger)
    }

    /// Drops the database `location` names, for tests.
    public static func dropDatabase(_ location: PostgresLocation, logger: Logger) throws(StoreError) {
        try maintenance(
            location, "DROP DATABASE IF EXISTS \(try quoted(location.database, location)) WITH (FORCE)",
            logger: logger)
    }

    private static func quoted(_ name: String, _ location: PostgresLocation) throws(StoreError) -> String {
        guard !name.isEmpty, name.utf8.count <= 63,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        else {
            throw .databaseUnreadable(
                path: location.description,
                reason: "a database name is letters, digits, - and _ only, at most 63 of them")
        }
        return "\"\(name)\""
    }

    private static func maintenance(_ location: PostgresLocation, _ sql: String, logger: Logger)
        throws(StoreError)
    {
        var server = location
        server.database = "postgres"
        do {
            let configuration = PostgresConnection.Configuration(
                host: server.host, port: server.port, username: server.user, password: server.password,
                database: server.database, tls: .disable)
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 0,
                logger: logger
            ).wait()
            defer { Self.closeNow(connection) }
            _ = try connection.simpleQuery(sql).wait()
        } catch {
            throw PostgresErrors.translate(error, location: location.description)
        }
    }
}
