public import DiligenceMail
public import Foundation

/// The `smtp.*` settings as read, before they are checked to be complete.
public struct MailServerSettings: Sendable, Hashable {
    /// `smtp.host`.
    public var host: String?
    /// `smtp.port` (587 by default).
    public var port = 587
    /// `smtp.starttls` (true by default).
    public var startTLS = true
    /// `smtp.user`.
    public var user: String?
    /// `smtp.password`.
    public var password: String?
    /// `smtp.from`.
    public var from: String?
    /// `smtp.ca_file`.
    public var caFile: String?

    /// No mail server.
    public init() {}

    /// Whether any SMTP setting is given (`diligence serve` sends mail only then).
    public var isConfigured: Bool { host != nil }

    /// The checked settings to send with, linking to `publicURL`: refused, saying which
    /// setting is missing, without a host, a sender or a public URL, or with a user and no password.
    public func smtp(publicURL: URL?) throws(ConfigurationError) -> SMTPSettings {
        guard let host else {
            throw ConfigurationError(
                "smtp.host is not set: give the SMTP server's host name in the configuration file (smtp: host:) or in DILIGENCE_SMTP_HOST"
            )
        }
        guard let publicURL, let domain = publicURL.host else {
            throw ConfigurationError(
                "server.public_url is not set: messages link to pages at this address; give it in the configuration file or in DILIGENCE_SERVER_PUBLIC_URL"
            )
        }
        if user != nil, password == nil {
            throw ConfigurationError(
                "smtp.user is set but smtp.password is not: give the password in the configuration file or in DILIGENCE_SMTP_PASSWORD (never on the command line)"
            )
        }
        return SMTPSettings(
            host: host, port: port, startTLS: startTLS, user: user, password: password,
            from: from ?? "diligence@\(domain)", helloName: domain, trustedCertificates: caFile)
    }
}
