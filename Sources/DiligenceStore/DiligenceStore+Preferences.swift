public import Foundation

/// How often an account is written to.
public enum NotificationFrequency: String, Sendable, Hashable, CaseIterable, Codable {
    /// A message for each notification, as it comes.
    case immediate
    /// One digest a day.
    case daily
    /// One digest a week.
    case weekly
}

/// An account's choice of how often it is written to, and when its last digest went out.
public struct NotificationPreference: Sendable, Hashable {
    /// The account.
    public var account: String
    /// How often.
    public var frequency: NotificationFrequency
    /// The digest time of the last digest sent.
    public var lastDigestAt: Date?
}

extension DiligenceStore {
    /// The accounts that chose a digest (an account with no row is written to at once).
    public func digestPreferences() throws(StoreError) -> [NotificationPreference] {
        try read { db in
            try db.rows(
                "SELECT * FROM notification_preference WHERE frequency != 'immediate' ORDER BY account"
            ).map(Self.preference)
        }
    }

    /// How often `account` is written to (`immediate` when it never chose).
    public func notificationFrequency(of account: String) throws(StoreError) -> NotificationFrequency {
        try read { db in
            let text = try db.value(
                String.self, "SELECT frequency FROM notification_preference WHERE account = ?",
                [account])
            return text.flatMap(NotificationFrequency.init(rawValue:)) ?? .immediate
        }
    }

    /// Records how often `account` is written to.
    public func setNotificationFrequency(_ frequency: NotificationFrequency, of account: String, now: Date)
        throws(StoreError)
    {
        try transaction { db in
            try db.execute(
                """
                INSERT INTO notification_preference (account, frequency, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (account) DO UPDATE SET frequency = excluded.frequency, updated_at = excluded.updated_at
                """, [account, frequency.rawValue, Timestamp.format(Timestamp.truncated(now))])
        }
    }

    /// The pending messages of `account`, oldest first (what its next digest holds).
    public func pendingMessages(of account: String) throws(StoreError) -> [OutboxMessage] {
        try outboxMessages(status: .pending, limit: 10_000).filter { $0.account == account }.reversed()
    }

    /// Records a digest accepted by the server: its messages sent, and the digest time.
    public func markDigestSent(_ ids: [Int], account: String, digestAt: Date, now: Date) throws(StoreError) {
        let time = Timestamp.format(Timestamp.truncated(now))
        try transaction { db in
            for id in ids {
                try db.execute(
                    "UPDATE outbox_message SET status = 'sent', sent_at = ?, attempts = attempts + 1, reason = 'digest' WHERE id = ? AND status = 'pending'",
                    [time, id])
            }
            try db.execute(
                "UPDATE notification_preference SET last_digest_at = ? WHERE account = ?",
                [Timestamp.format(digestAt), account])
        }
    }

    private static func preference(_ row: StoreRow) -> NotificationPreference {
        NotificationPreference(
            account: row["account"],
            frequency: NotificationFrequency(rawValue: row["frequency"]) ?? .immediate,
            lastDigestAt: (row["last_digest_at"] as String?).flatMap(Timestamp.parse))
    }
}
