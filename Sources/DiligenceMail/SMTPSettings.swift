/// Where and how mail is sent: the SMTP server, its port, STARTTLS, the account to sign in
/// with, and the sender. Read from the configuration file or the environment, never the command
/// line (a password there would be seen by every user of the machine).
public struct SMTPSettings: Sendable, Hashable {
    /// The SMTP server's host name or address.
    public var host: String
    /// Its port (587 for submission with STARTTLS, 25 without).
    public var port: Int
    /// Whether to upgrade the connection with STARTTLS before signing in or sending.
    public var startTLS: Bool
    /// The user to sign in as (AUTH PLAIN); `nil` sends without signing in.
    public var user: String?
    /// The user's password.
    public var password: String?
    /// The sender's address (`From:` and `MAIL FROM`).
    public var from: String
    /// The name this client gives in EHLO.
    public var helloName: String
    /// How long one connection may take, in seconds, before it is given up.
    public var timeoutSeconds: Int
    /// A file of CA certificates (PEM) to trust for STARTTLS instead of the system's (a
    /// server with a certificate of the organisation's own authority); `nil`: the system's.
    public var trustedCertificates: String?

    /// Creates settings.
    public init(
        host: String, port: Int = 587, startTLS: Bool = true, user: String? = nil, password: String? = nil,
        from: String, helloName: String = "localhost", timeoutSeconds: Int = 60,
        trustedCertificates: String? = nil
    ) {
        self.trustedCertificates = trustedCertificates
        self.host = host
        self.port = port
        self.startTLS = startTLS
        self.user = user
        self.password = password
        self.from = from
        self.helloName = helloName
        self.timeoutSeconds = timeoutSeconds
    }
}

/// Why a message was not accepted: a permanent refusal (a 5xx reply: never try again) or a
/// transient one (a 4xx reply, a server that cannot be reached, a broken connection: try later).
public struct SMTPFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whether trying again cannot help.
    public var isPermanent: Bool
    /// What happened, with the server's reply when there was one.
    public var message: String

    /// Creates a failure.
    public init(isPermanent: Bool, message: String) {
        self.isPermanent = isPermanent
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
