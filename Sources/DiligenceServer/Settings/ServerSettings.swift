public import DiligenceApp
public import Foundation

/// How the server runs: where it listens, the address users reach it at, the database and key
/// files, sessions and signing in. Read from the configuration file, then the environment, then
/// the command line (``ServerConfiguration``).
public struct ServerSettings: Sendable, Hashable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on (0 picks a free one, printed when the server starts).
    public var port: Int
    /// The address users reach the server at (links in e-mails); `https` makes cookies Secure.
    public var publicURL: URL?
    /// The SQLite database file.
    public var database: String
    /// The allegation key file; `nil` for the database's own beside it.
    public var keyFile: String?
    /// How long a session may sit idle before it ends.
    public var idleTimeout: TimeInterval
    /// Signing in: the bcrypt cost and the throttling.
    public var signIn: SignInSettings
    /// Sending mail: the SMTP server and sender (`smtp.*`); unset when mail is not sent.
    public var mail = MailServerSettings()
    /// The installation's signing key file; `nil` for the database's own beside it.
    public var signingKeyFile: String?
    /// The folder scheduled checkpoints are written to (`checkpoints.directory`); `nil` when
    /// none are written.
    public var checkpointDirectory: String?
    /// The time between two scheduled checkpoints (`checkpoints.every`, one day by default).
    public var checkpointEvery: TimeInterval = 86_400

    /// When `tick` and `serve` write checkpoints; `nil` when no folder is set.
    public var checkpointSchedule: CheckpointSchedule? {
        checkpointDirectory.map { CheckpointSchedule(directory: $0, every: checkpointEvery) }
    }

    /// Settings; the defaults serve `diligence.sqlite` on http://127.0.0.1:8080.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, publicURL: URL? = nil,
        database: String = "diligence.sqlite",
        keyFile: String? = nil, idleTimeout: TimeInterval = 30 * 60, signIn: SignInSettings = SignInSettings()
    ) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
        self.database = database
        self.keyFile = keyFile
        self.idleTimeout = idleTimeout
        self.signIn = signIn
    }

    /// Whether cookies are sent only over https (the public URL is https).
    public var secureCookies: Bool { publicURL?.scheme?.lowercased() == "https" }
}
