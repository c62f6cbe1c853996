import DiligenceCore
public import DiligenceMail
public import DiligenceStore
public import Foundation

/// The e-mail of one outbox message: the workflow's sentence, the record it concerns named by
/// its id (and its partner), and a link to the page. It carries nothing else of the record, so no
/// restricted allegation detail can reach it: an allegation case is named by its id only (not
/// even its partner), the workflow's sentence says only how its partner's report stands, and the
/// link goes to the reader's work list (a case has no page of its own).
public enum NotificationMail {
    /// The envelope of `message` (which must have an address), linking under `publicURL`.
    public static func envelope(_ message: OutboxMessage, partner: String?, publicURL: URL) -> MailEnvelope {
        let partner = isCase(message.subject) ? nil : partner
        let link = url(publicURL, path: path(subject: message.subject, partner: partner))
        let preferences = url(publicURL, path: "/account/notifications")
        let record =
            partner.map { $0 == message.subject ? $0 : "\(message.subject) (partner \($0))" }
            ?? message.subject
        let text = """
            \(message.text)

            Record: \(record)
            Open it: \(link)

            You receive this as \(message.role.replacingOccurrences(of: "_", with: " ")) for this record. \
            Choose how often you are written to: \(preferences)
            """
        let html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(message.text))</title></head>
            <body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5">
            <p>\(escape(message.text))</p>
            <p>Record: <strong>\(escape(record))</strong></p>
            <p><a href="\(escape(link))">Open \(escape(message.subject))</a></p>
            <p style="color: #505a5f">You receive this as \(escape(message.role.replacingOccurrences(of: "_", with: " "))) for this record. \
            <a href="\(escape(preferences))">Choose how often you are written to</a>.</p>
            </body></html>
            """
        return MailEnvelope(
            to: message.address ?? "", subject: "[\(message.subject)] \(message.text)", text: text,
            html: html,
            messageID: message.messageID, date: message.notifiedAt)
    }

    /// The page of a record: its own page for a partner, an assessment or a flag; its
    /// partner's page for any other record but an allegation case, whose messages link to the
    /// reader's work list.
    static func path(subject: String, partner: String?) -> String {
        let prefix = subject.split(separator: "-").first.map(String.init) ?? ""
        switch prefix {
        case PartnerKind.kind.idPrefix: return "/partners/\(subject)"
        case AssessmentKind.kind.idPrefix: return "/assessments/\(subject)"
        case FlagKind.kind.idPrefix: return "/flags/\(subject)"
        default: return isCase(subject) ? "/" : partner.map { "/partners/\($0)" } ?? "/"
        }
    }

    /// Whether the record is an allegation case.
    static func isCase(_ subject: String) -> Bool {
        subject.hasPrefix(AllegationKind.kind.idPrefix + "-")
    }

    static func url(_ base: URL, path: String) -> String {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return text + path
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
