public import DiligenceStore
import Foundation
public import Logging

/// Opens the store a `--db` value (or `$DILIGENCE_DB`, or a server's `database` setting) names:
/// a SQLite file's path, or a `postgres://user@host:port/name` URL whose password comes from
/// `$PGPASSWORD` or a password file, never from the URL.
public enum StoreOpening {
    /// The store at `db`. `create` makes a missing SQLite file or PostgreSQL database (and its
    /// schema); without it a mistyped name is refused instead of silently made.
    public static func open(
        _ db: String, create: Bool, passwordFile: String? = nil, environment: [String: String]? = nil,
        logger: Logger
    ) throws(StoreError) -> DiligenceStore {
        let environment = environment ?? ProcessInfo.processInfo.environment
        guard PostgresLocation.isPostgresURL(db) else {
            return try DiligenceStore(path: db, create: create, logger: logger)
        }
        let location = try postgresLocation(db, passwordFile: passwordFile, environment: environment)
        let database = PostgresStoreDatabase(location, logger: logger)
        if try !database.holdsAStore() {
            guard create else { throw .databaseMissing(path: location.description) }
        }
        return try DiligenceStore(database: database, logger: logger)
    }

    /// The location `url` names, with its password from `$PGPASSWORD`, else from `passwordFile`
    /// (or `$DILIGENCE_DB_PASSWORD_FILE`): the file's first line, the file readable by its owner only.
    public static func postgresLocation(
        _ url: String, passwordFile: String?, environment: [String: String]
    ) throws(StoreError) -> PostgresLocation {
        var password = environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        if password == nil, let file = passwordFile ?? environment["DILIGENCE_DB_PASSWORD_FILE"],
            !file.isEmpty
        {
            password = try readPassword(file)
        }
        do {
            return try PostgresLocation(url: url, password: password)
        } catch {
            throw .databaseUnreadable(path: shown(error, url), reason: reason(error))
        }
    }

    private static func readPassword(_ path: String) throws(StoreError) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes, attributes[.type] as? FileAttributeType == .typeRegular,
            let data = FileManager.default.contents(atPath: path), data.count <= 4_096
        else {
            throw .databaseUnreadable(
                path: path,
                reason: "the database password file cannot be read (it must be a file of at most 4 KB)")
        }
        let mode = (attributes[.posixPermissions] as? Int) ?? 0
        guard mode & 0o077 == 0 else {
            throw .databaseUnreadable(
                path: path,
                reason:
                    "the database password file is readable by others: make it readable by its owner only (chmod 600)"
            )
        }
        let line = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(
            String.init)
        guard let line, !line.isEmpty else {
            throw .databaseUnreadable(path: path, reason: "the database password file is empty")
        }
        return line
    }

    private static func shown(_ problem: PostgresLocation.Problem, _ url: String) -> String {
        switch problem {
        case .passwordInURL(let shown), .missing(_, let shown): shown
        case .notAURL, .badPort: "the PostgreSQL URL"
        }
    }

    private static func reason(_ problem: PostgresLocation.Problem) -> String {
        switch problem {
        case .notAURL: "it is not a postgres://user@host:port/name URL"
        case .passwordInURL:
            "the URL carries a password, which would be kept in the shell's history and shown to other users: give it in $PGPASSWORD or a password file"
        case .missing(let part, _):
            "the URL names no \(part): write postgres://user@host:port/name"
        case .badPort(let port): "the port \(port) is not a number from 1 to 65535"
        }
    }
}
