import DiligenceStore

/// The wording of the notification preferences page.
enum NotificationMessages {
    static let chooseFrequency = "Choose how often we e-mail you"

    static func label(_ frequency: NotificationFrequency) -> String {
        switch frequency {
        case .immediate: "As it happens"
        case .daily: "A daily digest"
        case .weekly: "A weekly digest"
        }
    }

    static func hint(_ frequency: NotificationFrequency) -> String {
        switch frequency {
        case .immediate: "One e-mail for each hand-off, reminder or deadline that concerns you."
        case .daily:
            "One e-mail each morning from 07:00 UTC: what happened, and what falls due within a week."
        case .weekly:
            "One e-mail each Monday from 07:00 UTC: what happened, and what falls due within two weeks."
        }
    }
}

extension NotificationMessages {
    static func status(_ status: OutboxMessage.Status) -> String {
        switch status {
        case .pending: "Waiting"
        case .sent: "Sent"
        case .failed: "Refused"
        case .skipped: "Not sent"
        }
    }

    /// Why a message is not delivered, in an administrator's words.
    static func why(_ message: OutboxMessage) -> String {
        switch message.reason {
        case "no_email": "The account has no e-mail address"
        case "disabled": "The account is disabled"
        case "no_account": "No account holds this role for the record"
        case let reason?: message.status == .pending ? "Will be tried again: \(reason)" : reason
        case nil: "Not sent yet"
        }
    }
}
