public import Foundation

extension DiligenceStore {
    /// The notifications and reminders not yet relayed to the outbox, oldest first.
    public func unrelayedNotifications(limit: Int = 500) throws(StoreError) -> [UnrelayedNotification] {
        try read { db in
            try db.rows(OutboxRows.unrelayed, [limit]).map { row in
                UnrelayedNotification(
                    source: row["source"], subject: row["subject"], role: row["role"], text: row["message"],
                    createdAt: Timestamp.parse(row["created_at"]) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }

    /// Relays one notice: its message rows (pending, or skipped with the reason) and the mark
    /// that it was relayed, in one transaction. A notice relayed already is left as it is (two
    /// relaying processes never address it twice).
    public func relay(_ notice: UnrelayedNotification, to addressings: [OutboxAddressing], now: Date)
        throws(StoreError)
    {
        let time = Timestamp.format(Timestamp.truncated(now))
        try transaction { db in
            let relayed = try db.execute(
                "INSERT INTO outbox_relayed (source, relayed_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [notice.source, time])
            guard relayed == 1 else { return }
            for addressing in addressings {
                try db.execute(
                    """
                    INSERT INTO outbox_message
                    (source, subject, role, message, notified_at, account, address, status, reason, message_id,
                     next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                    """,
                    [
                        notice.source, notice.subject, notice.role, notice.text,
                        Timestamp.format(notice.createdAt), addressing.account, addressing.address,
                        addressing.skipReason == nil ? "pending" : "skipped", addressing.skipReason,
                        addressing.messageID, time, time,
                    ])
            }
        }
    }

    /// The pending messages due at `now`, oldest first, but for the accounts that chose a
    /// digest (their messages wait for it).
    public func dueMessages(at now: Date, limit: Int = 100) throws(StoreError) -> [OutboxMessage] {
        try read { db in
            try db.rows(
                """
                SELECT * FROM outbox_message m WHERE m.status = 'pending' AND m.next_attempt_at <= ?
                AND m.account NOT IN (SELECT account FROM notification_preference WHERE frequency != 'immediate')
                ORDER BY m.id LIMIT ?
                """,
                [Timestamp.format(now), limit]
            ).map(Self.outboxMessage)
        }
    }

    /// The outbox's messages, newest first; only those of `status` when given.
    public func outboxMessages(status: OutboxMessage.Status? = nil, limit: Int = 1000) throws(StoreError)
        -> [OutboxMessage]
    {
        try read { db in
            let filter = status == nil ? "" : " WHERE m.status = ?"
            let arguments: [any SQLValueConvertible] =
                status.map { [$0.rawValue, limit] } ?? [limit]
            return try db.rows(
                "SELECT * FROM outbox_message m" + filter + " ORDER BY m.id DESC LIMIT ?",
                arguments
            ).map(Self.outboxMessage)
        }
    }

    /// Records that a message was accepted by the SMTP server.
    public func markSent(_ id: Int, at now: Date) throws(StoreError) {
        try transaction { db in
            try db.execute(
                "UPDATE outbox_message SET status = 'sent', sent_at = ?, attempts = attempts + 1, reason = NULL WHERE id = ? AND status = 'pending'",
                [Timestamp.format(Timestamp.truncated(now)), id])
        }
    }

    /// Records a failed try: kept pending until `retryAt`, or failed for good when `retryAt`
    /// is `nil` (a permanent refusal).
    public func markAttemptFailed(_ id: Int, reason: String, retryAt: Date?) throws(StoreError) {
        try transaction { db in
            if let retryAt {
                try db.execute(
                    "UPDATE outbox_message SET attempts = attempts + 1, reason = ?, next_attempt_at = ? WHERE id = ? AND status = 'pending'",
                    [reason, Timestamp.format(Timestamp.truncated(retryAt)), id])
            } else {
                try db.execute(
                    "UPDATE outbox_message SET attempts = attempts + 1, reason = ?, status = 'failed' WHERE id = ? AND status = 'pending'",
                    [reason, id])
            }
        }
    }

    private static func outboxMessage(_ row: StoreRow) -> OutboxMessage {
        let epoch = Date(timeIntervalSince1970: 0)
        return OutboxMessage(
            id: row["id"], source: row["source"], subject: row["subject"], role: row["role"],
            text: row["message"], notifiedAt: Timestamp.parse(row["notified_at"]) ?? epoch,
            account: row["account"], address: row["address"],
            status: OutboxMessage.Status(rawValue: row["status"]) ?? .pending, reason: row["reason"],
            messageID: row["message_id"], attempts: row["attempts"],
            nextAttemptAt: Timestamp.parse(row["next_attempt_at"]) ?? epoch,
            sentAt: (row["sent_at"] as String?).flatMap(Timestamp.parse))
    }
}
