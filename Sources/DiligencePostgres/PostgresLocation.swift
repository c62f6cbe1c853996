import DiligenceStore
import Foundation

/// Where a PostgreSQL store is: the server, the account and the database of a
/// `postgres://user@host:port/name` URL, and the password, which never comes from the URL.
public struct PostgresLocation: Sendable, Equatable {
    /// The server's host name or address.
    public var host: String
    /// The server's port (5432 by default).
    public var port: Int
    /// The database account diligence signs in as.
    public var user: String
    /// The database's name.
    public var database: String
    /// The account's password, from `$PGPASSWORD`, a password file or the configuration file.
    public var password: String?

    /// What a user wrote wrong in a store URL, or where its password should have come from.
    public enum Problem: Error, Equatable, Sendable {
        /// The text is not a `postgres://` URL.
        case notAURL(String)
        /// The URL carries a password, which would land in shell history and the process list.
        case passwordInURL(shown: String)
        /// A part the URL must have is missing: `user` or `database`.
        case missing(part: String, shown: String)
        /// The port is not a number from 1 to 65535.
        case badPort(String)
    }

    /// Whether `text` names a PostgreSQL store rather than a SQLite file.
    public static func isPostgresURL(_ text: String) -> Bool {
        StoreLocation.isPostgresURL(text)
    }

    /// Reads `text`, taking the password from `password` (read by the caller from `$PGPASSWORD`,
    /// a password file or the configuration file).
    public init(url text: String, password: String?) throws(Problem) {
        guard Self.isPostgresURL(text), let components = URLComponents(string: text),
            let host = components.host, !host.isEmpty
        else { throw .notAURL(text) }
        var shown = components
        shown.password = nil
        let shownText = shown.string ?? text
        guard components.password == nil else { throw .passwordInURL(shown: shownText) }
        guard let user = components.user, !user.isEmpty else {
            throw .missing(part: "user", shown: shownText)
        }
        let name = String(components.path.drop { $0 == "/" })
        guard !name.isEmpty, !name.contains("/") else { throw .missing(part: "database", shown: shownText) }
        if let port = components.port, !(1...65_535).contains(port) { throw .badPort(String(port)) }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        self.database = name.removingPercentEncoding ?? name
        self.password = password
    }

    /// The URL without a password, for messages and the log.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}
