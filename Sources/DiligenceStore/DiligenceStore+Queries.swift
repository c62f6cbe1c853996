public import DiligenceCore
import Foundation

extension DiligenceStore {
    /// Every partner, in registration order.
    public func partners() throws(StoreError) -> [PartnerRecord] {
        try read { db in
            try db.rows("SELECT * FROM partner ORDER BY id").map(Self.partner)
        }
    }

    /// One partner, or `unknownSubject` with a suggestion.
    public func partner(_ id: String) throws(StoreError) -> PartnerRecord {
        let found = try read { db -> PartnerRecord? in
            try db.row("SELECT * FROM partner WHERE id = ?", [id]).map(Self.partner)
        }
        guard let found else { throw .unknownSubject(id, suggestion: try suggestion(for: id)) }
        return found
    }

    static func partner(_ row: StoreRow) -> PartnerRecord {
        PartnerRecord(
            id: row["id"], name: row["name"], country: row["country"],
            type: PartnerType(rawValue: row["type"]) ?? .ngo,
            registeredAt: Timestamp.parse(row["registered_at"]) ?? Date(timeIntervalSince1970: 0))
    }

    private func suggestion(for id: String) throws(StoreError) -> String? {
        let ids = try read { db in try db.values(String.self, "SELECT subject FROM instance") }
        return Suggestion.known(id, among: ids)
    }

    /// A record's snapshot.
    public func instance(_ subject: String) throws(StoreError) -> InstanceRecord {
        let found = try read { db -> InstanceRecord? in
            guard
                let row = try db.row("SELECT * FROM instance WHERE subject = ?", [subject])
            else {
                return nil
            }
            return try Self.instanceRecord(row, subject: row["subject"])
        }
        guard let found else { throw .unknownSubject(subject, suggestion: try suggestion(for: subject)) }
        return found
    }

    /// Snapshots of every partner's lifecycle, keyed by partner id.
    public func partnerInstances() throws(StoreError) -> [String: InstanceSnapshot] {
        try read { db in
            var result: [String: InstanceSnapshot] = [:]
            for row in try db.rows("SELECT subject, snapshot FROM instance WHERE kind = 'partner'") {
                let subject: String = row["subject"]
                result[subject] = try Self.snapshot(from: row["snapshot"], subject: subject)
            }
            return result
        }
    }

    /// The log rows of one record (or of all, when `subject` is nil), oldest first.
    public func history(_ subject: String?) throws(StoreError) -> [EventRecord] {
        if let subject { _ = try instance(subject) }
        return try read { db in
            let rows =
                if let subject {
                    try db.rows("SELECT * FROM event WHERE subject = ? ORDER BY seq", [subject])
                } else {
                    try db.rows("SELECT * FROM event ORDER BY seq")
                }
            return rows.map(Self.event)
        }
    }

    static func event(_ row: StoreRow) -> EventRecord {
        EventRecord(
            seq: row["seq"], subject: row["subject"], kind: row["kind"], name: row["name"],
            actor: Actor(user: row["actor"], role: row["role"]), data: JSONValue(text: row["data"]) ?? .null,
            occurredAt: Timestamp.parse(row["occurred_at"]) ?? Date(timeIntervalSince1970: 0),
            definitionHash: row["definition_hash"], outcome: JSONValue(text: row["outcome"]) ?? .null,
            previousHash: row["previous_hash"], hash: row["hash"])
    }

    /// Deadlines of a record (all records when nil), pending first, by due time.
    public func deadlines(_ subject: String?, pendingOnly: Bool = false) throws(StoreError)
        -> [DeadlineRecord]
    {
        try read { db in
            var sql = "SELECT * FROM deadline WHERE 1 = 1"
            var arguments: [any SQLValueConvertible] = []
            if let subject {
                sql += " AND subject = ?"
                arguments.append(subject)
            }
            if pendingOnly { sql += " AND status = 'pending'" }
            sql += " ORDER BY status != 'pending', due_at, id"
            return try db.rows(sql, arguments).map { row in
                DeadlineRecord(
                    id: row["id"], subject: row["subject"], name: row["name"], event: row["event"],
                    dueAt: Timestamp.parse(row["due_at"]) ?? Date(timeIntervalSince1970: 0),
                    status: row["status"])
            }
        }
    }

    /// Flags on a record, open ones first.
    public func flags(_ subject: String) throws(StoreError) -> [FlagRecord] {
        try read { db in
            try db.rows(
                "SELECT * FROM flag WHERE subject = ? ORDER BY cleared_seq IS NOT NULL, id",
                [subject]
            ).map { row in
                FlagRecord(
                    id: row["id"], subject: row["subject"], category: row["category"], level: row["level"],
                    reason: row["reason"],
                    raisedAt: Timestamp.parse(row["raised_at"]) ?? Date(timeIntervalSince1970: 0),
                    clearedAt: (row["cleared_at"] as String?).flatMap(Timestamp.parse))
            }
        }
    }

    /// Notifications about a record, oldest first.
    public func notifications(_ subject: String) throws(StoreError) -> [NotificationRecord] {
        try read { db in
            try db.rows(
                "SELECT * FROM notification WHERE subject = ? ORDER BY id", [subject]
            ).map { row in
                NotificationRecord(
                    subject: row["subject"], role: row["role"], message: row["message"],
                    createdAt: Timestamp.parse(row["created_at"]) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }
}
