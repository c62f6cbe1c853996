import Foundation

extension ServerConfiguration {
    /// The `smtp.*` keys.
    static var mailKeys: [Key] {
        [
            Key(name: "smtp.host", expected: "the SMTP server's host name or IP address") { value, settings in
                guard !value.isEmpty, value.allSatisfy({ $0.isLetter || $0.isNumber || ".:-_".contains($0) })
                else { return false }
                settings.mail.host = value
                return true
            },
            Key(name: "smtp.port", expected: "a port number from 1 to 65535") { value, settings in
                guard let port = Int(value), (1...65535).contains(port) else { return false }
                settings.mail.port = port
                return true
            },
            Key(name: "smtp.starttls", expected: "true or false") { value, settings in
                guard let flag = ["true": true, "false": false][value.lowercased()] else { return false }
                settings.mail.startTLS = flag
                return true
            },
            Key(name: "smtp.user", expected: "the user name to sign in to the SMTP server with") {
                value, settings in
                guard !value.isEmpty else { return false }
                settings.mail.user = value
                return true
            },
            Key(name: "smtp.password", expected: "the SMTP user's password") { value, settings in
                guard !value.isEmpty else { return false }
                settings.mail.password = value
                return true
            },
            Key(name: "smtp.from", expected: "an e-mail address such as diligence@example.org") {
                value, settings in
                let parts = value.split(separator: "@", omittingEmptySubsequences: false)
                guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
                    !value.contains(where: { $0.isWhitespace || "<>".contains($0) })
                else { return false }
                settings.mail.from = value
                return true
            },
            Key(name: "smtp.ca_file", expected: "the path of a readable PEM file of CA certificates") {
                value, settings in
                guard FileManager.default.isReadableFile(atPath: value) else { return false }
                settings.mail.caFile = value
                return true
            },
        ]
    }
}
