import DiligenceCore
public import Foundation

/// The tables of signing in: each account's password hash, the failed sign-ins counted per
/// account and per address, the web sessions and the server's settings. None is a snapshot of
/// the log (a password hash never enters the log), so `audit verify` does not compare them.
enum SignInRows {
    static let schema = """
        CREATE TABLE account_password (
            account TEXT PRIMARY KEY NOT NULL REFERENCES account(name),
            hash TEXT NOT NULL,
            must_change INTEGER NOT NULL,
            set_at TEXT NOT NULL
        );
        CREATE TABLE sign_in_throttle (
            key TEXT PRIMARY KEY NOT NULL,
            failures INTEGER NOT NULL,
            last_failure_at TEXT NOT NULL
        );
        CREATE TABLE web_session (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL,
            expires_at TEXT
        );
        CREATE INDEX web_session_by_expiry ON web_session(expires_at);
        CREATE TABLE web_setting (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        """

    static func password(_ name: String, db: any StoreConnection) throws -> StoredPassword? {
        guard
            let row = try db.row("SELECT * FROM account_password WHERE account = ?", [name])
        else { return nil }
        return StoredPassword(
            hash: row["hash"], mustChange: (row["must_change"] as Int) != 0,
            setAt: Timestamp.parse(row["set_at"]) ?? Date(timeIntervalSince1970: 0))
    }

    static func throttle(_ key: String, db: any StoreConnection) throws -> SignInFailures? {
        guard
            let row = try db.row("SELECT * FROM sign_in_throttle WHERE key = ?", [key])
        else { return nil }
        return SignInFailures(
            count: row["failures"],
            lastAt: Timestamp.parse(row["last_failure_at"]) ?? Date(timeIntervalSince1970: 0))
    }
}

/// An account's kept password.
public struct StoredPassword: Sendable, Hashable {
    /// The bcrypt hash (never the password).
    public var hash: String
    /// Whether the account must choose a new password before anything else (after an
    /// administrator set it).
    public var mustChange: Bool
    /// When it was set: a session opened before this time ends.
    public var setAt: Date

    /// A kept password.
    public init(hash: String, mustChange: Bool, setAt: Date) {
        self.hash = hash
        self.mustChange = mustChange
        self.setAt = setAt
    }
}

/// The failed sign-ins counted against one key (an account or an address).
public struct SignInFailures: Sendable, Hashable {
    /// How many failed in a row (or within the counting window).
    public var count: Int
    /// When the last one failed.
    public var lastAt: Date
}
