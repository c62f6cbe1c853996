public import DiligenceMail
public import DiligenceStore
public import Foundation

/// A digest: the messages an account received since its last digest, grouped by record, and the
/// deadlines of its records falling due soon, each with a link. Like a single message it names
/// records by their ids only.
public struct DigestMail: Sendable {
    /// The account it goes to.
    public var account: String
    /// The account's address.
    public var address: String
    /// Daily or weekly.
    public var frequency: NotificationFrequency
    /// The digest time it is for (07:00 UTC of its day, or of its week's Monday).
    public var digestAt: Date
    /// What happened: the pending messages it holds.
    public var messages: [OutboxMessage]
    /// What is due: deadlines of the account's records falling due soon.
    public var dueSoon: [PendingDeadline]

    /// The stable Message-ID: the same on every try of this digest.
    public func messageID(domain: String) -> String {
        let day = Timestamp.format(digestAt).prefix(10)
        return "digest-\(frequency.rawValue)-\(day).\(DiligenceService.localPart(account))@\(domain)"
    }

    /// The envelope, linking under `publicURL`; `partner` gives the partner of a record.
    public func envelope(publicURL: URL, partner: (String) -> String?) -> MailEnvelope {
        let period = frequency == .daily ? "Your daily digest" : "Your weekly digest"
        var text = ["\(period) from Diligence", ""]
        var html = [
            "<!DOCTYPE html>",
            "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(period)</title></head>",
            "<body style=\"font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5\">",
            "<h1>\(period)</h1>",
        ]
        text.append("What happened")
        html.append("<h2>What happened</h2>")
        let bySubject = Dictionary(grouping: messages, by: \.subject)
        for subject in bySubject.keys.sorted() {
            let link = NotificationMail.url(
                publicURL, path: NotificationMail.path(subject: subject, partner: partner(subject)))
            text.append("")
            text.append("\(subject): \(link)")
            html.append(
                "<h3><a href=\"\(NotificationMail.escape(link))\">\(NotificationMail.escape(subject))</a></h3><ul>"
            )
            for message in bySubject[subject] ?? [] {
                text.append("- \(message.text)")
                html.append("<li>\(NotificationMail.escape(message.text))</li>")
            }
            html.append("</ul>")
        }
        text += ["", "What is due"]
        html.append("<h2>What is due</h2>")
        if dueSoon.isEmpty {
            text.append("Nothing of your records falls due soon.")
            html.append("<p>Nothing of your records falls due soon.</p>")
        } else {
            html.append("<ul>")
            for deadline in dueSoon {
                let link = NotificationMail.url(
                    publicURL,
                    path: NotificationMail.path(subject: deadline.subject, partner: partner(deadline.subject))
                )
                let when = Timestamp.format(deadline.dueAt)
                text.append("- \(deadline.subject): \(deadline.name) due \(when): \(link)")
                html.append(
                    "<li><a href=\"\(NotificationMail.escape(link))\">\(NotificationMail.escape(deadline.subject))</a>: \(NotificationMail.escape(deadline.name)) due \(when)</li>"
                )
            }
            html.append("</ul>")
        }
        let preferences = NotificationMail.url(publicURL, path: "/account/notifications")
        text += ["", "Choose how often you are written to: \(preferences)"]
        html.append(
            "<p><a href=\"\(NotificationMail.escape(preferences))\">Choose how often you are written to</a>.</p></body></html>"
        )
        let count = messages.count
        return MailEnvelope(
            to: address, subject: "\(period): \(count) notification\(count == 1 ? "" : "s")",
            text: text.joined(separator: "\n"), html: html.joined(separator: "\n"),
            messageID: messageID(domain: publicURL.host ?? "localhost"), date: digestAt)
    }
}
