import DiligenceCore
import DiligenceStore
public import Foundation

extension DiligenceService {
    /// Relays every notification the workflows wrote and no one relayed yet to the outbox: one
    /// message for each account holding the role for the record (``notificationRecipients(role:partner:)``),
    /// or a skipped row naming why an account is not written to (no e-mail address, disabled, or
    /// no account at all holds the role). Each notification is relayed in one transaction, once.
    /// Returns how many outbox rows it wrote.
    @discardableResult
    public func relayNotifications(messageDomain: String, at time: Date? = nil) async throws -> Int {
        let now = time ?? clock()
        var written = 0
        for notification in try store.unrelayedNotifications() {
            let partner = try store.partner(ofRecord: notification.subject)
            let accounts = try notificationRecipients(role: notification.role, partner: partner)
            var addressings = accounts.map { account in
                let reason: OutboxSkip? =
                    !account.isActive ? .disabled : (account.email ?? "").isEmpty ? .noAddress : nil
                return OutboxAddressing(
                    account: account.name, address: reason == nil ? account.email : nil,
                    skipReason: reason?.rawValue,
                    messageID: Self.messageID(notification.source, account.name, domain: messageDomain))
            }
            if addressings.isEmpty {
                addressings = [
                    OutboxAddressing(
                        account: OutboxSkip.nobody, address: nil, skipReason: OutboxSkip.noAccount.rawValue,
                        messageID: Self.messageID(
                            notification.source, OutboxSkip.nobody, domain: messageDomain))
                ]
            }
            try store.relay(notification, to: addressings, now: now)
            written += addressings.count
        }
        return written
    }

    /// The stable Message-ID of a notice's message to an account.
    static func messageID(_ source: String, _ account: String, domain: String) -> String {
        "\(source).\(localPart(account))@\(domain)"
    }

    /// An account name as it can stand in a Message-ID.
    static func localPart(_ account: String) -> String {
        account.unicodeScalars.map {
            CharacterSet.alphanumerics.contains($0) && $0.isASCII ? String($0) : "_"
        }.joined()
    }
}

/// Why an outbox row is skipped, as the row records it.
public enum OutboxSkip: String, Sendable, CaseIterable {
    /// The account has no e-mail address.
    case noAddress = "no_email"
    /// The account is disabled.
    case disabled
    /// No account holds the role for the record.
    case noAccount = "no_account"

    /// The account name a row of ``noAccount`` carries.
    public static let nobody = "-"
}
