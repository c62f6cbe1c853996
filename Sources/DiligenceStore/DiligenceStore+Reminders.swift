public import Foundation

/// A deadline still to fall due, with the workflow of its record.
public struct PendingDeadline: Sendable, Hashable {
    /// The deadline row's id.
    public var id: Int
    /// The record.
    public var subject: String
    /// The deadline's id in the workflow.
    public var name: String
    /// When it falls due.
    public var dueAt: Date
    /// The workflow of the record.
    public var workflow: String
}

extension DiligenceStore {
    /// Every pending deadline due by `horizon`, earliest first.
    public func pendingDeadlines(dueBy horizon: Date) throws(StoreError) -> [PendingDeadline] {
        try read { db in
            try db.rows(
                """
                SELECT d.id, d.subject, d.name, d.due_at, i.workflow FROM deadline d
                JOIN instance i ON i.subject = d.subject
                WHERE d.status = 'pending' AND d.due_at <= ? ORDER BY d.due_at, d.id
                """, [Timestamp.format(horizon)]
            ).map { row in
                PendingDeadline(
                    id: row["id"], subject: row["subject"], name: row["name"],
                    dueAt: Timestamp.parse(row["due_at"]) ?? Date(timeIntervalSince1970: 0),
                    workflow: row["workflow"])
            }
        }
    }

    /// Writes the notice of one reminder of a deadline, once: `false` when it was written before.
    @discardableResult
    public func recordReminder(
        of deadline: PendingDeadline, before: String, role: String, message: String, now: Date
    ) throws(StoreError) -> Bool {
        try transaction { db in
            let inserted = try db.execute(
                """
                INSERT INTO reminder_notice (deadline, subject, before, role, message, due_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """,
                [
                    deadline.id, deadline.subject, before, role, message, Timestamp.format(deadline.dueAt),
                    Timestamp.format(Timestamp.truncated(now)),
                ])
            return inserted == 1
        }
    }
}
