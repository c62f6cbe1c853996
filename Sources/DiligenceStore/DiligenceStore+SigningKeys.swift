public import DiligenceCore
public import Foundation

/// The log's head: the number and hash of its last event.
public struct LogHeadView: Hashable, Sendable {
    /// The number of the last event (0 for an empty log).
    public var seq: Int
    /// Its hash (the genesis hash for an empty log).
    public var hash: String

    /// The head at `seq`, whose hash is `hash`.
    public init(seq: Int, hash: String) {
        self.seq = seq
        self.hash = hash
    }
}

extension DiligenceStore {
    /// The public keys the installation knows, oldest first.
    public func signingKeys() throws(StoreError) -> [SigningKeyEntry] {
        try read { db in try SigningKeyRows.all(db: db) }
    }

    /// Records an administrator's change to the keys: one `installation` row of the log and the
    /// table, in one transaction. The layer has checked the change applies.
    public func recordSigningKey(
        _ change: SigningKeyChange, actor: Actor, roles: RoleCatalogue, now: Date
    ) throws(StoreError) {
        let now = Timestamp.truncated(now)
        try transaction { db in
            // Two commands creating the key file at once: the second finds it recorded already.
            if case .created(let key) = change,
                try db.value(Bool.self, "SELECT 1 FROM signing_key WHERE id = ?", [key.id]) ?? false
            {
                return
            }
            try Self.storeRoles(roles, now: now, db: db)
            let (name, data) = SigningKeyRows.data(change)
            let entry = LogEntry(
                subject: "installation", kind: "installation", name: name, actor: actor, data: data,
                occurredAt: now, definitionHash: roles.hash, outcome: .object([:]))
            let seq = try Self.appendOnly(entry, db: db)
            if let problem = try SigningKeyRows.apply(entry, seq: seq, db: db) {
                throw StoreError.corrupted(problem)
            }
        }
    }

    /// The log's head, as a checkpoint signs it.
    public func logHead() throws(StoreError) -> LogHeadView {
        try read { db in
            let head = try LogHead.read(db)
            return LogHeadView(seq: head.seq, hash: head.hash)
        }
    }

    /// The stored hash of the event at `seq`; `nil` when the log has no such event.
    public func eventHash(at seq: Int) throws(StoreError) -> String? {
        try read { db in try db.value(String.self, "SELECT hash FROM event WHERE seq = ?", [seq]) }
    }
}
