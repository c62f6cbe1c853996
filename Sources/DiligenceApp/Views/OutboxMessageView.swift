public import DiligenceStore

/// A notification in the e-mail outbox, as `notifications` lists it.
public struct OutboxMessageView: Sendable, Hashable, Codable {
    /// The row id.
    public var id: Int
    /// The record it concerns.
    public var subject: String
    /// The role told.
    public var role: String
    /// The account it is addressed to.
    public var account: String
    /// The account's address; `null` when it has none.
    @Nullable public var address: String?
    /// `pending`, `sent`, `failed` or `skipped`.
    public var status: String
    /// Why it was skipped, or the last error of a try; `null` when none.
    @Nullable public var reason: String?
    /// The stable Message-ID.
    public var messageID: String
    /// How many times sending was tried.
    public var attempts: Int
    /// What the account is told.
    public var message: String

    /// The view of an outbox row.
    public init(_ message: OutboxMessage) {
        id = message.id
        subject = message.subject
        role = message.role
        account = message.account
        address = message.address
        status = message.status.rawValue
        reason = message.reason
        messageID = message.messageID
        attempts = message.attempts
        self.message = message.text
    }

    enum CodingKeys: String, CodingKey {
        case id, subject, role, account, address, status, reason
        case messageID = "message_id"
        case attempts, message
    }
}
