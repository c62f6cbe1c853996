public import DiligenceCore
public import Foundation

/// Why a sign-in failed, as the log records it (never the password typed).
public enum SignInFailureReason: String, Sendable, Codable {
    /// No account has the name typed (the log keeps no typed name then).
    case unknownAccount = "unknown_account"
    /// The password does not match.
    case wrongPassword = "wrong_password"
    /// The account is disabled.
    case disabled = "disabled"
    /// The account has no password yet (an administrator sets one).
    case noPassword = "no_password"
}

extension DiligenceStore {
    /// The kept password of an account; `nil` when it has none.
    public func password(of account: String) throws(StoreError) -> StoredPassword? {
        try read { db in try SignInRows.password(account, db: db) }
    }

    /// An account, its password and the log's head, read in one transaction (a request's
    /// session check, and the head its pages are then read at).
    public func accountWithPassword(_ name: String) throws(StoreError) -> (
        account: Account?, password: StoredPassword?, logHead: Int
    ) {
        try read { db in
            (
                try AccountRows.one(name, db: db), try SignInRows.password(name, db: db),
                try LogHead.read(db).seq
            )
        }
    }

    /// Keeps a new password hash for `account` (already checked by the application layer) and
    /// logs that it was set, by whom, and whether it must be changed: never the hash.
    public func setPassword(
        _ account: String, hash: String, mustChange: Bool, actor: Actor, roles: RoleCatalogue, now: Date
    ) throws(StoreError) {
        let now = Timestamp.truncated(now)
        try transaction { db in
            guard try AccountRows.one(account, db: db) != nil else {
                throw StoreError.account(.unknown(account))
            }
            try db.execute(
                """
                INSERT INTO account_password (account, hash, must_change, set_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (account) DO UPDATE SET
                    hash = excluded.hash, must_change = excluded.must_change, set_at = excluded.set_at
                """,
                [account, hash, mustChange, Timestamp.format(now)])
            try Self.appendSignInRow(
                account: account, .passwordSet, data: ["must_change": .bool(mustChange)], actor: actor,
                roles: roles, now: now, db: db)
        }
    }

    /// Logs a sign-in of `account` in `role` from `address`, and clears the account's failures.
    public func recordSignIn(
        _ account: String, role: String, address: String, roles: RoleCatalogue, now: Date
    ) throws(StoreError) {
        let now = Timestamp.truncated(now)
        try transaction { db in
            try db.execute("DELETE FROM sign_in_throttle WHERE key = ?", [SignInKey.account(account)])
            try Self.appendSignInRow(
                account: account, .signedIn, data: ["address": .string(address)],
                actor: Actor(user: account, role: role), roles: roles, now: now, db: db)
        }
    }

    /// Logs a sign-out (`reason`: `signed_out`, `idle`, `password_changed`).
    public func recordSignOut(
        _ account: String, role: String, reason: String, roles: RoleCatalogue, now: Date
    ) throws(StoreError) {
        let now = Timestamp.truncated(now)
        try transaction { db in
            guard try AccountRows.one(account, db: db) != nil else { return }
            try Self.appendSignInRow(
                account: account, .signedOut, data: ["reason": .string(reason)],
                actor: Actor(user: account, role: role), roles: roles, now: now, db: db)
        }
    }

    /// Logs a failed sign-in and counts it against each of `keys` (the account's and the
    /// address's throttle), in one transaction. A failure on an unknown account is logged on the
    /// installation without the name typed (it may be a password typed in the wrong box).
    public func recordSignInFailure(
        account: String?, address: String, reason: SignInFailureReason, keys: [String],
        roles: RoleCatalogue, now: Date
    ) throws(StoreError) {
        let now = Timestamp.truncated(now)
        try transaction { db in
            for key in keys {
                try db.execute(
                    """
                    INSERT INTO sign_in_throttle (key, failures, last_failure_at) VALUES (?, 1, ?)
                    ON CONFLICT (key) DO UPDATE SET
                        failures = sign_in_throttle.failures + 1, last_failure_at = excluded.last_failure_at
                    """,
                    [key, Timestamp.format(now)])
            }
            let data: [String: JSONValue] = ["address": .string(address), "reason": .string(reason.rawValue)]
            let server = Actor(user: Account.systemName, role: SystemRole.name)
            if let account, try AccountRows.one(account, db: db) != nil {
                try Self.appendSignInRow(
                    account: account, .signInFailed, data: data, actor: server, roles: roles, now: now, db: db
                )
            } else {
                try Self.storeRoles(roles, now: now, db: db)
                let entry = LogEntry(
                    subject: "installation", kind: "installation",
                    name: AccountRows.Change.signInFailed.rawValue, actor: server, data: .object(data),
                    occurredAt: now, definitionHash: roles.hash, outcome: .object([:]))
                try Self.appendOnly(entry, db: db)
            }
        }
    }

    /// The failures counted against a throttle key; `nil` when there are none.
    public func signInFailures(_ key: String) throws(StoreError) -> SignInFailures? {
        try read { db in try SignInRows.throttle(key, db: db) }
    }

    /// Forgets the failures of keys whose last failure is before `cutoff`.
    public func forgetSignInFailures(before cutoff: Date) throws(StoreError) {
        try transaction { db in
            try db.execute(
                "DELETE FROM sign_in_throttle WHERE last_failure_at < ?",
                [Timestamp.format(Timestamp.truncated(cutoff))])
        }
    }

    private static func appendSignInRow(
        account: String, _ change: AccountRows.Change, data: [String: JSONValue], actor: Actor,
        roles: RoleCatalogue, now: Date, db: any StoreConnection
    ) throws {
        try storeRoles(roles, now: now, db: db)
        let entry = LogEntry(
            subject: AccountRows.subject(account), kind: "account", name: change.rawValue, actor: actor,
            data: .object(data), occurredAt: now, definitionHash: roles.hash, outcome: .object([:]))
        let seq = try appendOnly(entry, db: db)
        if let problem = try AccountRows.apply(entry, seq: seq, db: db) {
            throw StoreError.corrupted(problem)
        }
    }
}

/// The keys failed sign-ins are counted under.
public enum SignInKey {
    /// The key of an account's failures.
    public static func account(_ name: String) -> String { "account:" + name }
    /// The key of an address's failures.
    public static func address(_ address: String) -> String { "address:" + address }
}
