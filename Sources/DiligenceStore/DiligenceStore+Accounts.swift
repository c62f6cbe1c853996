public import DiligenceCore
public import Foundation

/// An actor found in the log who has no account (a database made before accounts existed).
public struct UnclaimedActor: Sendable, Hashable, Codable {
    /// The name the log records.
    public var name: String
    /// The roles it acted in, sorted.
    public var roles: [String]
    /// How many log rows it wrote.
    public var events: Int
    /// When it last acted.
    public var lastActedAt: Date
}

extension DiligenceStore {
    /// Every account, by name.
    public func accounts() throws(StoreError) -> [Account] {
        try read { db in try AccountRows.all(db: db) }
    }

    /// The account with this name; `nil` when there is none.
    public func account(_ name: String) throws(StoreError) -> Account? {
        try read { db in try AccountRows.one(name, db: db) }
    }

    /// How many accounts exist.
    public func accountCount() throws(StoreError) -> Int {
        try read { db in try AccountRows.count(db: db) }
    }

    /// The value of an installation setting (`clock`); `nil` when it was never set.
    public func installationSetting(_ key: String) throws(StoreError) -> String? {
        try read { db in try AccountRows.setting(key, db: db) }
    }

    /// Makes one account change, already allowed by the application layer, as one log row of
    /// kind `account` pinned to the roles file, and applies it. With `firstAccount`, the change
    /// is accepted only while no account exists (the first administrator, who has no one to act
    /// as). Refused with ``StoreError/account(_:)`` when it does not fit the accounts as they
    /// stand; nothing is written then.
    @discardableResult
    public func changeAccount(
        _ name: String, _ change: AccountChange, actor: Actor, roles: RoleCatalogue, now: Date,
        firstAccount: Bool = false, settings: [String: String] = [:]
    ) throws(StoreError) -> Account {
        let now = Timestamp.truncated(now)
        return try transaction { db in
            if firstAccount, try AccountRows.count(db: db) > 0 { throw StoreError.account(.accountsExist) }
            let existing = try AccountRows.one(name, db: db)
            let data: JSONValue
            let rowName: AccountRows.Change
            switch change {
            case .add(let account):
                if existing != nil { throw StoreError.account(.exists(name)) }
                (data, rowName) = (AccountRows.data(account), .add)
            case .grant(let granted):
                let account = try Self.require(existing, name)
                if let held = granted.first(where: account.holds) {
                    throw StoreError.account(.alreadyHolds(account: name, role: held))
                }
                (data, rowName) = (.object(["roles": .array(granted.sorted().map(JSONValue.string))]), .grant)
            case .revoke(let revoked):
                let account = try Self.require(existing, name)
                if let missing = revoked.first(where: { !account.holds($0) }) {
                    throw StoreError.account(.doesNotHold(account: name, role: missing))
                }
                (data, rowName) = (
                    .object(["roles": .array(revoked.sorted().map(JSONValue.string))]), .revoke
                )
            case .disable:
                let account = try Self.require(existing, name)
                if !account.isActive { throw StoreError.account(.alreadyDisabled(name)) }
                (data, rowName) = (.object([:]), .disable)
            case .enable:
                let account = try Self.require(existing, name)
                if account.isActive { throw StoreError.account(.alreadyActive(name)) }
                (data, rowName) = (.object([:]), .enable)
            case .update(let displayName, let email, let scope):
                _ = try Self.require(existing, name)
                var fields: [String: JSONValue] = [:]
                if let displayName { fields["display_name"] = .string(displayName) }
                if let email { fields["email"] = email.isEmpty ? .null : .string(email) }
                if let scope { fields["scope"] = .array(scope.sorted().map(JSONValue.string)) }
                (data, rowName) = (.object(fields), .update)
            }
            try Self.storeRoles(roles, now: now, db: db)
            if !settings.isEmpty {
                let entry = LogEntry(
                    subject: "installation", kind: "installation", name: "installation_set", actor: actor,
                    data: .object(["settings": .object(settings.mapValues(JSONValue.string))]),
                    occurredAt: now, definitionHash: roles.hash, outcome: .object([:]))
                let seq = try Self.appendOnly(entry, db: db)
                if let problem = try AccountRows.applyInstallation(entry, seq: seq, db: db) {
                    throw StoreError.corrupted(problem)
                }
            }
            let entry = LogEntry(
                subject: AccountRows.subject(name), kind: "account", name: rowName.rawValue, actor: actor,
                data: data, occurredAt: now, definitionHash: roles.hash, outcome: .object([:]))
            let seq = try Self.appendOnly(entry, db: db)
            if let problem = try AccountRows.apply(entry, seq: seq, db: db) {
                throw StoreError.corrupted(problem)
            }
            try Self.checkAccountsCanBeManaged(after: name, roles: roles, db: db)
            guard let account = try AccountRows.one(name, db: db) else {
                throw StoreError.corrupted("the account \(name) is missing after its change")
            }
            return account
        }
    }

    /// The actors the log records who have no account, for the administrator to claim.
    public func unclaimedActors() throws(StoreError) -> [UnclaimedActor] {
        try read { db in
            try db.rows(
                """
                SELECT actor, \(db.dialect.distinctList("role")) AS roles, COUNT(*) AS events,
                       MAX(occurred_at) AS last
                FROM event
                WHERE role != 'system' AND kind NOT IN ('account', 'installation')
                  AND actor NOT IN (SELECT name FROM account)
                GROUP BY actor ORDER BY actor
                """
            ).map { row in
                let roles = ((row["roles"] as String?) ?? "").split(separator: ",").map(String.init).sorted()
                return UnclaimedActor(
                    name: row["actor"], roles: roles, events: row["events"],
                    lastActedAt: Timestamp.parse(row["last"]) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }

    private static func require(_ account: Account?, _ name: String) throws -> Account {
        guard let account else { throw StoreError.account(.unknown(name)) }
        return account
    }

    /// Keeps the roles file's text, so the account rows pinned to it can be checked by replay.
    static func storeRoles(_ roles: RoleCatalogue, now: Date, db: any StoreConnection) throws {
        try db.execute(
            """
            INSERT INTO definition (hash, workflow, file, source, first_used_at)
            VALUES (?, 'roles', ?, ?, ?) ON CONFLICT DO NOTHING
            """,
            [roles.hash, roles.file, roles.source, Timestamp.format(now)])
    }

    /// Refuses a change after which no active account could manage accounts.
    private static func checkAccountsCanBeManaged(
        after name: String, roles: RoleCatalogue, db: any StoreConnection
    )
        throws
    {
        let managers = Set(roles.roles(allowing: .manageAccounts).map(\.id))
        let able = try AccountRows.all(db: db).contains { account in
            account.isActive && account.roles.contains(where: managers.contains)
        }
        if !able { throw StoreError.account(.lastAdministrator(name)) }
    }
}

extension DiligenceStore {
    /// Records who ran a `tick` that fired deadlines or moved partners, at what time and how
    /// much it did: one log row of kind `installation`, named `tick`.
    public func recordTick(
        at time: Date, fired: Int, moved: Int, actor: Actor, roles: RoleCatalogue, now: Date
    ) throws(StoreError) {
        try transaction { db in
            try Self.storeRoles(roles, now: Timestamp.truncated(now), db: db)
            let entry = LogEntry(
                subject: "installation", kind: "installation", name: "tick", actor: actor,
                data: .object([
                    "at": .string(Timestamp.format(Timestamp.truncated(time))), "fired": .int(fired),
                    "moved": .int(moved),
                ]),
                occurredAt: Timestamp.truncated(time), definitionHash: roles.hash, outcome: .object([:]))
            try Self.appendOnly(entry, db: db)
        }
    }
}
