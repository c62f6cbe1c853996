/// The `outbox_message`, `outbox_relayed` and `reminder_notice` tables: the e-mail outbox. Every
/// `notify` effect writes its `notification` row in the transaction of the event that caused it,
/// and `tick` writes a `reminder_notice` row for each reminder of a deadline that comes due;
/// relaying turns each such row (its source: `notification-12`, `reminder-3`), once, into one
/// message row per account that holds the role (or a skipped row saying why an account was not
/// written to), which delivery then sends.
enum OutboxRows {
    static let schema = """
        CREATE TABLE reminder_notice (
            id INTEGER PRIMARY KEY NOT NULL,
            deadline INTEGER NOT NULL REFERENCES deadline(id),
            subject TEXT NOT NULL,
            before TEXT NOT NULL,
            role TEXT NOT NULL,
            message TEXT NOT NULL,
            due_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (deadline, before, role)
        );
        CREATE TABLE outbox_message (
            id INTEGER PRIMARY KEY NOT NULL,
            source TEXT NOT NULL,
            subject TEXT NOT NULL,
            role TEXT NOT NULL,
            message TEXT NOT NULL,
            notified_at TEXT NOT NULL,
            account TEXT NOT NULL,
            address TEXT,
            status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
            reason TEXT,
            message_id TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            UNIQUE (source, account)
        );
        CREATE INDEX outbox_due ON outbox_message(status, next_attempt_at, id);
        CREATE INDEX outbox_by_account ON outbox_message(account, id);
        CREATE TABLE outbox_relayed (
            source TEXT PRIMARY KEY NOT NULL,
            relayed_at TEXT NOT NULL
        );
        CREATE TABLE notification_preference (
            account TEXT PRIMARY KEY NOT NULL,
            frequency TEXT NOT NULL CHECK (frequency IN ('immediate', 'daily', 'weekly')),
            last_digest_at TEXT,
            updated_at TEXT NOT NULL
        );
        INSERT INTO outbox_relayed SELECT 'notification-' || id, created_at FROM notification;
        """

    /// The notices not relayed yet: notifications and reminders, oldest first.
    static let unrelayed = """
        SELECT * FROM (
            SELECT 'notification-' || id AS source, subject, role, message, created_at FROM notification
            UNION ALL
            SELECT 'reminder-' || id AS source, subject, role, message, created_at FROM reminder_notice
        ) AS notice
        WHERE source NOT IN (SELECT source FROM outbox_relayed)
        ORDER BY created_at, source LIMIT ?
        """
}
