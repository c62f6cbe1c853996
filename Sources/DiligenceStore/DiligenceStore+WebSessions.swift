public import Foundation

/// A kept web session: its encoded value and when it expires.
public struct StoredSession: Sendable, Hashable {
    /// The session's value as the server encoded it.
    public var value: String
    /// When it expires; `nil` for never.
    public var expiresAt: Date?
}

/// The server's web sessions and settings, kept in the database so that sessions survive a restart
/// and several servers can share them. Keys arrive already hashed by the server: a reader of the
/// database cannot take over a session from what it reads here.
extension DiligenceStore {
    /// The session kept under `key`, if it has not expired by `now`.
    public func session(_ key: String, now: Date) throws(StoreError) -> StoredSession? {
        try read { db in
            guard
                let row = try db.row("SELECT value, expires_at FROM web_session WHERE key = ?", [key])
            else { return nil }
            let expires = (row["expires_at"] as String?).flatMap(Timestamp.parse)
            if let expires, expires <= now { return nil }
            return StoredSession(value: row["value"], expiresAt: expires)
        }
    }

    /// Keeps a session under `key`, replacing any; with `onlyNew`, refused (returns false) when the
    /// key is taken.
    @discardableResult
    public func keepSession(_ key: String, value: String, expiresAt: Date?, onlyNew: Bool = false)
        throws(StoreError) -> Bool
    {
        try transaction { db in
            let expires = expiresAt.map { Timestamp.format(Timestamp.truncated($0)) }
            if onlyNew {
                let inserted = try db.execute(
                    "INSERT INTO web_session (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
                    [key, value, expires])
                return inserted == 1
            }
            try db.execute(
                """
                INSERT INTO web_session (key, value, expires_at) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
                """, [key, value, expires])
            return true
        }
    }

    /// Forgets the session under `key`.
    public func forgetSession(_ key: String) throws(StoreError) {
        try transaction { db in
            try db.execute("DELETE FROM web_session WHERE key = ?", [key])
        }
    }

    /// Forgets every session that expired by `now`; returns how many.
    @discardableResult
    public func forgetExpiredSessions(now: Date) throws(StoreError) -> Int {
        try transaction { db in
            try db.execute(
                "DELETE FROM web_session WHERE expires_at IS NOT NULL AND expires_at <= ?",
                [Timestamp.format(Timestamp.truncated(now))])
        }
    }

    /// A server setting (such as the secret that signs form tokens); `nil` when never set.
    public func webSetting(_ key: String) throws(StoreError) -> String? {
        try read { db in
            try db.value(String.self, "SELECT value FROM web_setting WHERE key = ?", [key])
        }
    }

    /// Keeps `value` under `key` unless a value is already kept; returns the kept value (so two
    /// servers starting at once agree on one).
    public func webSetting(_ key: String, orKeep value: String) throws(StoreError) -> String {
        try transaction { db in
            try db.execute(
                "INSERT INTO web_setting (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING", [key, value])
            return try db.value(String.self, "SELECT value FROM web_setting WHERE key = ?", [key])
                ?? value
        }
    }
}
