import DiligenceApp
import DiligenceWebForms
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The context of one request: its session, the account acting (once checked), the form it
/// posted and the token its forms must carry.
struct WebContext: SessionRequestContext {
    typealias Session = WebSession

    var coreContext: CoreRequestContextStorage
    let sessions: SessionContext<WebSession>
    /// The client's address, for throttling and the log.
    let address: String
    /// The signed-in account and role, once ``RequireAccount`` checked it.
    var actor: AuthenticatedActor?
    /// Whether the acting role manages accounts (the layer decides; the navigation shows it).
    var administrator = false
    /// The form token this browser's forms carry (``FormTokens``).
    var formToken = ""
    /// The fields of a posted form, read once by ``FormTokens``.
    var form = WebForm()
    /// The files of a posted multipart form.
    var uploads: [WebUpload] = []

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sessions = .init()
        self.address = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The acting account; a handler behind ``RequireAccount`` always has one.
    var signedIn: AuthenticatedActor {
        get throws {
            guard let actor else { throw HTTPError(.unauthorized) }
            return actor
        }
    }
}
