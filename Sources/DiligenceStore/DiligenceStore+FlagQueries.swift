public import DiligenceCore
import Foundation

extension DiligenceStore {
    /// One flag, or `unknownSubject` with a suggestion (`invalidInput` for a record that is not a flag).
    public func flag(_ id: String) throws(StoreError) -> FlagEntry {
        let found = try read { db in try Self.flagEntries(sql: "instance.subject = ?", [id], db: db).first }
        guard let found else {
            _ = try instance(id)
            throw .invalidInput(field: .flag, problem: .wrongKind, values: ["value": id])
        }
        return found
    }

    /// Flags in id order: every flag, or those on one partner followed by those it inherits from
    /// its headquarters record (marked ``FlagEntry/inheritedFrom``); only open ones when
    /// `openOnly`; only those at `level` when given.
    public func flags(partner: String? = nil, openOnly: Bool = false, level: FlagLevel? = nil)
        throws(StoreError) -> [FlagEntry]
    {
        if let partner { _ = try self.partner(partner) }
        // Only the snapshots of the flags wanted are read: an open flag's workflow is not complete,
        // and a flag at a level is in that level's state (the flag ladder's states are named after
        // the levels, as ``FlagCounts`` reads them). Each entry is still checked below.
        var wanted = openOnly || level != nil ? " AND instance.complete = 0" : ""
        var arguments: [String] = []
        if let level {
            wanted += " AND instance.states LIKE ?"
            arguments.append("%\"\(level.rawValue)\"%")
        }
        let entries = try read { db -> [FlagEntry] in
            guard let partner else { return try Self.flagEntries(sql: "1 = 1" + wanted, arguments, db: db) }
            var entries = try Self.flagEntries(sql: "link.target = ?" + wanted, [partner] + arguments, db: db)
            if let headquarters = try StartLinks.headquarters(of: partner, db: db) {
                entries += try Self.flagEntries(
                    sql: "link.target = ?" + wanted, [headquarters] + arguments, db: db
                ).map {
                    var entry = $0
                    entry.inheritedFrom = headquarters
                    return entry
                }
            }
            return entries
        }
        return entries.filter { entry in
            (!openOnly || entry.isOpen) && (level.map { entry.isOpen && entry.level == $0.rawValue } ?? true)
        }
    }

    private static func flagEntries(sql condition: String, _ arguments: [String], db: any StoreConnection)
        throws
        -> [FlagEntry]
    {
        let rows = try db.rows(
            """
            SELECT instance.subject, instance.snapshot, instance.updated_at, link.target,
                raised.actor, raised.role, raised.occurred_at
            FROM instance JOIN link ON link.subject = instance.subject AND link.role = 'partner'
            LEFT JOIN event AS raised ON raised.seq = (
                SELECT seq FROM event WHERE event.subject = instance.subject AND event.kind = 'event'
                ORDER BY seq LIMIT 1)
            WHERE instance.kind = '\(FlagRows.kind)' AND \(condition)
            ORDER BY instance.subject
            """, arguments)
        return try rows.map { row in
            let subject: String = row["subject"]
            let snapshot = try snapshot(from: row["snapshot"], subject: subject)
            let context = snapshot.context
            let rule = context[FlagKind.raisedByRule.name]?.stringValue
            let raisedAt = (row["occurred_at"] as String?).flatMap(Timestamp.parse)
            return FlagEntry(
                id: subject, partner: row["target"], inheritedFrom: nil,
                category: context[FlagKind.category.name]?.stringValue ?? "",
                level: context[FlagKind.level.name]?.stringValue ?? "",
                reason: context[FlagKind.reason.name]?.stringValue ?? "",
                state: FlagEntry.states.first { snapshot.activeStates.contains($0) } ?? FlagKind.raising.name,
                rule: rule?.isEmpty == false ? rule : nil,
                raisedBy: Actor(user: row["actor"] ?? "", role: row["role"] ?? ""),
                raisedAt: raisedAt ?? Date(timeIntervalSince1970: 0),
                updatedAt: Timestamp.parse(row["updated_at"]) ?? Date(timeIntervalSince1970: 0),
                context: context)
        }
    }
}
