public import Foundation

/// One e-mail of the outbox: a notification addressed to one account.
public struct OutboxMessage: Sendable, Hashable {
    /// Where a message stands.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Not sent yet (never tried, or to be tried again at ``OutboxMessage/nextAttemptAt``).
        case pending
        /// Accepted by the SMTP server.
        case sent
        /// Refused for good (a 5xx reply): kept to be shown, never tried again.
        case failed
        /// Never to be sent: the account has no e-mail address or is disabled.
        case skipped
    }

    /// The row's id.
    public var id: Int
    /// The notice it comes from: `notification-12` (a workflow's notify effect) or
    /// `reminder-3` (a deadline's reminder).
    public var source: String
    /// The record the notification concerns.
    public var subject: String
    /// The role the workflow notified.
    public var role: String
    /// The workflow's message.
    public var text: String
    /// When the notification was written.
    public var notifiedAt: Date
    /// The account written to.
    public var account: String
    /// The account's e-mail address when the message was addressed.
    public var address: String?
    /// Where it stands.
    public var status: Status
    /// Why it was skipped, or the last error of a try.
    public var reason: String?
    /// The stable Message-ID (without angle brackets): the same on every try.
    public var messageID: String
    /// How many times sending was tried.
    public var attempts: Int
    /// When the next try is due (pending messages).
    public var nextAttemptAt: Date
    /// When it was sent.
    public var sentAt: Date?
}

/// How relaying addresses a notification to one account.
public struct OutboxAddressing: Sendable, Hashable {
    /// The account.
    public var account: String
    /// Its e-mail address; `nil` when it is skipped.
    public var address: String?
    /// Why it is skipped; `nil` for a message to send.
    public var skipReason: String?
    /// The stable Message-ID.
    public var messageID: String

    /// Creates an addressing.
    public init(account: String, address: String?, skipReason: String?, messageID: String) {
        self.account = account
        self.address = address
        self.skipReason = skipReason
        self.messageID = messageID
    }
}

/// A notice not yet relayed to the outbox: a workflow's notification or a deadline's reminder.
public struct UnrelayedNotification: Sendable, Hashable {
    /// The notice: `notification-12` or `reminder-3`.
    public var source: String
    /// The record it concerns.
    public var subject: String
    /// The role to notify.
    public var role: String
    /// The workflow's message.
    public var text: String
    /// When it was written.
    public var createdAt: Date
}
