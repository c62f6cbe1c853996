import DiligenceCore
import Foundation

/// The `account`, `account_role` and `installation` tables: the snapshot of the account rows of
/// the log, rebuilt by replaying them.
enum AccountRows {
    static let schema = """
        CREATE TABLE account (
            name TEXT PRIMARY KEY NOT NULL,
            display_name TEXT NOT NULL,
            email TEXT,
            partner TEXT,
            scope TEXT NOT NULL,
            active INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_seq INTEGER NOT NULL
        );
        CREATE TABLE account_role (
            account TEXT NOT NULL REFERENCES account(name),
            role TEXT NOT NULL,
            PRIMARY KEY (account, role)
        );
        CREATE INDEX account_by_partner ON account(partner);
        CREATE TABLE installation (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL,
            seq INTEGER NOT NULL
        );
        """

    /// The log row names of account changes.
    enum Change: String, CaseIterable {
        case add = "account_add"
        case grant = "roles_grant"
        case revoke = "roles_revoke"
        case disable = "account_disable"
        case enable = "account_enable"
        case update = "account_update"
        case signedIn = "signed_in"
        case signedOut = "signed_out"
        case signInFailed = "sign_in_failed"
        case passwordSet = "password_set"

        /// Whether the row records signing in or out, or a password set: a fact of the log that
        /// changes nothing the account tables hold (a password hash never enters the log).
        var isSignIn: Bool { [.signedIn, .signedOut, .signInFailed, .passwordSet].contains(self) }
    }

    /// The subject of an account's log rows.
    static func subject(_ name: String) -> String { "account:" + name }

    static func all(db: any StoreConnection) throws -> [Account] {
        let roles = try db.rows("SELECT account, role FROM account_role ORDER BY account, role")
        var byAccount: [String: [String]] = [:]
        for row in roles { byAccount[row["account"], default: []].append(row["role"]) }
        return try db.rows("SELECT * FROM account ORDER BY name").map {
            account($0, roles: byAccount[$0["name"]] ?? [])
        }
    }

    static func one(_ name: String, db: any StoreConnection) throws -> Account? {
        guard let row = try db.row("SELECT * FROM account WHERE name = ?", [name])
        else { return nil }
        let roles = try db.values(
            String.self, "SELECT role FROM account_role WHERE account = ? ORDER BY role", [name])
        return account(row, roles: roles)
    }

    static func count(db: any StoreConnection) throws -> Int {
        try db.value(Int.self, "SELECT COUNT(*) FROM account") ?? 0
    }

    private static func account(_ row: StoreRow, roles: [String]) -> Account {
        let scope = (JSONValue(text: row["scope"])?.arrayValue ?? []).compactMap(\.stringValue)
        return Account(
            name: row["name"], displayName: row["display_name"], email: row["email"], roles: roles,
            partner: row["partner"], scope: scope, isActive: (row["active"] as Int) != 0,
            createdAt: Timestamp.parse(row["created_at"]) ?? Date(timeIntervalSince1970: 0))
    }

    /// The log data of a new account.
    static func data(_ account: Account) -> JSONValue {
        .object([
            "account": .object([
                "name": .string(account.name), "display_name": .string(account.displayName),
                "email": account.email.map(JSONValue.string) ?? .null,
                "roles": .array(account.roles.map(JSONValue.string)),
                "partner": account.partner.map(JSONValue.string) ?? .null,
                "scope": .array(account.scope.map(JSONValue.string)),
            ])
        ])
    }

    /// Applies one account row of the log to the tables (live and in replay); a message when it
    /// does not fit what the tables hold.
    static func apply(_ entry: LogEntry, seq: Int, db: any StoreConnection) throws -> String? {
        guard let change = Change(rawValue: entry.name) else {
            return "\"\(entry.name)\" is not an account change"
        }
        let name = String(entry.subject.dropFirst("account:".count))
        let existing = try one(name, db: db)
        if change.isSignIn {
            return existing == nil
                ? "the log signs in or sets the password of \(name), who has no account" : nil
        }
        switch change {
        case .add:
            guard existing == nil else { return "the log adds the account \(name) twice" }
            guard let body = entry.data["account"], body["name"]?.stringValue == name,
                let displayName = body["display_name"]?.stringValue
            else { return "the account row does not describe the account" }
            let scope = (body["scope"]?.arrayValue ?? []).compactMap(\.stringValue)
            try db.execute(
                """
                INSERT INTO account (name, display_name, email, partner, scope, active, created_at, updated_seq)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?)
                """,
                [
                    name, displayName, body["email"]?.stringValue, body["partner"]?.stringValue,
                    JSONValue.array(scope.sorted().map(JSONValue.string)).canonicalText,
                    Timestamp.format(entry.occurredAt), seq,
                ])
            for role in (body["roles"]?.arrayValue ?? []).compactMap(\.stringValue) {
                try insertRole(role, account: name, db: db)
            }
        case .grant, .revoke:
            guard let existing else { return "the log changes the roles of \(name), who has no account" }
            let roles = (entry.data["roles"]?.arrayValue ?? []).compactMap(\.stringValue)
            guard !roles.isEmpty else { return "the row grants or revokes no role" }
            for role in roles {
                if change == .grant {
                    guard !existing.holds(role) else {
                        return "the log grants \(name) the role \(role) twice"
                    }
                    try insertRole(role, account: name, db: db)
                } else {
                    guard existing.holds(role) else {
                        return "the log revokes \(role) from \(name), who lacks it"
                    }
                    try db.execute(
                        "DELETE FROM account_role WHERE account = ? AND role = ?",
                        [name, role])
                }
            }
        case .disable, .enable:
            guard let existing else { return "the log changes \(name), who has no account" }
            guard existing.isActive == (change == .disable) else {
                return "the log \(change == .disable ? "disables" : "enables") \(name) twice"
            }
            try db.execute("UPDATE account SET active = ? WHERE name = ?", [change == .enable, name])
        case .signedIn, .signedOut, .signInFailed, .passwordSet:
            return nil
        case .update:
            guard existing != nil else { return "the log changes \(name), who has no account" }
            if let displayName = entry.data["display_name"]?.stringValue {
                try db.execute("UPDATE account SET display_name = ? WHERE name = ?", [displayName, name])
            }
            if let email = entry.data["email"] {
                try db.execute("UPDATE account SET email = ? WHERE name = ?", [email.stringValue, name])
            }
            if let scope = entry.data["scope"]?.arrayValue {
                let codes = scope.compactMap(\.stringValue).sorted().map(JSONValue.string)
                try db.execute(
                    "UPDATE account SET scope = ? WHERE name = ?",
                    [JSONValue.array(codes).canonicalText, name])
            }
        }
        try db.execute("UPDATE account SET updated_seq = ? WHERE name = ?", [seq, name])
        return nil
    }

    private static func insertRole(_ role: String, account: String, db: any StoreConnection) throws {
        try db.execute("INSERT INTO account_role (account, role) VALUES (?, ?)", [account, role])
    }

    /// Applies an installation row of the log (its settings, such as the clock).
    static func applyInstallation(_ entry: LogEntry, seq: Int, db: any StoreConnection) throws -> String? {
        if entry.name == "tick" || entry.name == Change.signInFailed.rawValue { return nil }
        if SigningKeyRows.names.contains(entry.name) {
            return try SigningKeyRows.apply(entry, seq: seq, db: db)
        }
        guard case .object(let settings)? = entry.data["settings"] else {
            return "the installation row carries no settings"
        }
        for (key, value) in settings {
            guard let text = value.stringValue else { return "the installation setting \(key) is not text" }
            try db.execute(
                """
                INSERT INTO installation (key, value, seq) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, seq = excluded.seq
                """,
                [key, text, seq])
        }
        return nil
    }

    static func setting(_ key: String, db: any StoreConnection) throws -> String? {
        try db.value(String.self, "SELECT value FROM installation WHERE key = ?", [key])
    }
}
