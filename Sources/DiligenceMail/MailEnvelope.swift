public import Foundation

/// One e-mail to one recipient: plain text with an HTML alternative, and a Message-ID that
/// stays the same on every try so a receiver can tell a repeated delivery.
public struct MailEnvelope: Sendable, Hashable {
    /// The recipient's address.
    public var to: String
    /// The subject line.
    public var subject: String
    /// The plain text.
    public var text: String
    /// The HTML alternative.
    public var html: String
    /// The Message-ID, without angle brackets.
    public var messageID: String
    /// The `Date:` header.
    public var date: Date

    /// Creates an envelope.
    public init(to: String, subject: String, text: String, html: String, messageID: String, date: Date) {
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.messageID = messageID
        self.date = date
    }

    /// The message as sent after DATA: headers and a multipart/alternative body, CRLF ended,
    /// each part base64 encoded (so no line starts with a dot and no line is too long).
    public func rendered(from: String) -> String {
        let boundary =
            "=_diligence_"
            + String(messageID.utf8.reduce(UInt64(5381)) { ($0 &* 33) &+ UInt64($1) }, radix: 36)
        let headers = [
            "From: " + from,
            "To: " + to,
            "Subject: " + Self.encodedWord(subject),
            "Date: " + Self.rfc5322Date(date),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Auto-Submitted: auto-generated",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
        ]
        var lines = headers + [""]
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines += [
                "--" + boundary, "Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: base64",
                "",
            ]
            lines += Self.base64Lines(body)
        }
        lines += ["--" + boundary + "--", ""]
        return lines.joined(separator: "\r\n")
    }

    /// A header value as an RFC 2047 encoded word when it is not plain ASCII.
    static func encodedWord(_ value: String) -> String {
        let clean = value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.utf8.allSatisfy({ $0 >= 32 && $0 < 127 }) { return clean }
        return "=?utf-8?B?" + Data(clean.utf8).base64EncodedString() + "?="
    }

    static func base64Lines(_ text: String) -> [String] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
            of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString()
        return stride(from: 0, to: encoded.count, by: 76).map {
            let start = encoded.index(encoded.startIndex, offsetBy: $0)
            let end = encoded.index(start, offsetBy: min(76, encoded.count - $0))
            return String(encoded[start..<end])
        }
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
