import DiligenceCore
import Foundation

/// The `signing_key` table: the public keys the installation knows, its own (the active one and
/// those it retired, so older checkpoints and exports still verify) and those of other
/// installations it trusts for imports. Rebuilt by replaying the `key_*` installation rows.
enum SigningKeyRows {
    static let schema = """
        CREATE TABLE signing_key (
            id TEXT PRIMARY KEY NOT NULL,
            public_key TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('own', 'trusted')),
            status TEXT NOT NULL CHECK (status IN ('active', 'retired', 'distrusted')),
            label TEXT NOT NULL,
            added_at TEXT NOT NULL,
            added_seq INTEGER NOT NULL,
            changed_seq INTEGER NOT NULL
        );
        """

    /// The names of the installation rows that change the keys.
    static let names: Set<String> = ["key_created", "key_rotated", "key_trusted", "key_distrusted"]

    static func all(db: any StoreConnection) throws -> [SigningKeyEntry] {
        try db.rows("SELECT * FROM signing_key ORDER BY added_seq").compactMap(entry)
    }

    private static func entry(_ row: StoreRow) -> SigningKeyEntry? {
        guard let key = PublicSigningKey(base64: row["public_key"]),
            let origin = SigningKeyEntry.Origin(rawValue: row["origin"]),
            let status = SigningKeyEntry.Status(rawValue: row["status"])
        else { return nil }
        return SigningKeyEntry(
            key: key, origin: origin, status: status, label: row["label"],
            addedAt: Timestamp.parse(row["added_at"]) ?? Date(timeIntervalSince1970: 0))
    }

    /// The log data of a change.
    static func data(_ change: SigningKeyChange) -> (name: String, data: JSONValue) {
        func key(_ key: PublicSigningKey, label: String? = nil) -> JSONValue {
            var members: [String: JSONValue] = ["id": .string(key.id), "public_key": .string(key.base64)]
            if let label { members["label"] = .string(label) }
            return .object(members)
        }
        switch change {
        case .created(let new): return ("key_created", .object(["key": key(new)]))
        case .rotated(let retired, let new):
            return ("key_rotated", .object(["key": key(new), "retired": .string(retired)]))
        case .trusted(let trusted, let label):
            return ("key_trusted", .object(["key": key(trusted, label: label)]))
        case .distrusted(let id): return ("key_distrusted", .object(["id": .string(id)]))
        }
    }

    /// Applies one `key_*` row of the log to the table (live and in replay); a message when it
    /// does not fit what the table holds.
    static func apply(_ entry: LogEntry, seq: Int, db: any StoreConnection) throws -> String? {
        let at = Timestamp.format(entry.occurredAt)
        func key() -> PublicSigningKey? {
            guard let body = entry.data["key"],
                let key = body["public_key"]?.stringValue.flatMap(PublicSigningKey.init(base64:)),
                body["id"]?.stringValue == key.id
            else { return nil }
            return key
        }
        func status(_ id: String) throws -> (origin: String, status: String)? {
            guard let row = try db.row("SELECT origin, status FROM signing_key WHERE id = ?", [id]) else {
                return nil
            }
            return (row["origin"], row["status"])
        }
        func insert(_ key: PublicSigningKey, origin: String, label: String) throws {
            try db.execute(
                """
                INSERT INTO signing_key (id, public_key, origin, status, label, added_at, added_seq, changed_seq)
                VALUES (?, ?, ?, 'active', ?, ?, ?, ?)
                """,
                [key.id, key.base64, origin, label, at, seq, seq])
        }
        let active = try db.value(
            String.self, "SELECT id FROM signing_key WHERE origin = 'own' AND status = 'active'")
        switch entry.name {
        case "key_created", "key_rotated":
            guard let key = key() else { return "the key row does not carry a public key and its id" }
            guard try status(key.id) == nil else { return "the log adds the key \(key.id) twice" }
            if entry.name == "key_created" {
                if let active { return "the log creates a key while \(active) is still the active one" }
            } else {
                guard let retired = entry.data["retired"]?.stringValue, retired == active else {
                    return "the log retires a key that is not the active one"
                }
                try db.execute(
                    "UPDATE signing_key SET status = 'retired', changed_seq = ? WHERE id = ?", [seq, retired])
            }
            try insert(key, origin: "own", label: "this installation")
        case "key_trusted":
            guard let key = key() else { return "the key row does not carry a public key and its id" }
            let label = entry.data["key"]?["label"]?.stringValue ?? ""
            switch try status(key.id) {
            case nil: try insert(key, origin: "trusted", label: label)
            case ("trusted", "distrusted")?:
                try db.execute(
                    "UPDATE signing_key SET status = 'active', label = ?, changed_seq = ? WHERE id = ?",
                    [label, seq, key.id])
            default: return "the log trusts the key \(key.id), which is already known"
            }
        case "key_distrusted":
            guard let id = entry.data["id"]?.stringValue, let known = try status(id) else {
                return "the log distrusts a key it does not know"
            }
            guard known == ("trusted", "active") else {
                return "the log distrusts the key \(id), which it cannot"
            }
            try db.execute(
                "UPDATE signing_key SET status = 'distrusted', changed_seq = ? WHERE id = ?", [seq, id])
        default:
            return "\"\(entry.name)\" is not a change of the keys"
        }
        return nil
    }
}
