import DiligenceApp
import Foundation
import Hummingbird

/// Every page but signing in needs a signed-in account: the session is checked against the
/// application layer on every request (the account still active, the role still held, the
/// password not changed since), an idle session ends, and an account that must choose a new
/// password is sent to do that first.
struct RequireAccount: RouterMiddleware {
    typealias Context = WebContext

    let service: DiligenceService
    let idleTimeout: TimeInterval

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        let back = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        guard let session = context.sessions.session else {
            return .redirect(to: "/sign-in?return=" + Self.encoded(back))
        }
        let now = service.clock()
        var context = context
        let resumed: SignedIn
        do {
            resumed = try await service.resume(
                account: session.account, role: session.role, signedInAt: session.signedInAt)
        } catch {
            context.sessions.clearSession()
            return .redirect(to: "/sign-in?ended=1")
        }
        let actor = resumed.actor
        switch Self.freshness(lastSeen: session.lastSeenAt, now: now, idleTimeout: idleTimeout) {
        case .idle:
            try? await service.signOut(actor, reason: "idle")
            context.sessions.clearSession()
            return .redirect(to: "/sign-in?idle=1&return=" + Self.encoded(back))
        case .seenAgain:
            var seen = session
            seen.lastSeenAt = now
            _ = context.sessions.updateSession(seen, expiresIn: .seconds(Int64(idleTimeout)))
        case .fresh:
            break
        }
        context.actor = actor
        context.administrator = service.managesAccounts(actor)
        if request.uri.path != "/account/password", request.uri.path != "/sign-out",
            resumed.mustChangePassword
        {
            return .redirect(to: "/account/password")
        }
        guard request.method == .get || request.method == .head else {
            return try await next(request, context)
        }
        // A page (which writes nothing) reads its views at the head read with the session check.
        return try await service.readingAt(resumed.logHead) { try await next(request, context) }
    }

    /// How a session stands on a request: idle too long (it ends), seen again after a minute or
    /// more (its last-seen time is written, at most once a minute), or fresh.
    enum Freshness: Equatable { case idle, seenAgain, fresh }

    static func freshness(lastSeen: Date, now: Date, idleTimeout: TimeInterval) -> Freshness {
        let idle = now.timeIntervalSince(lastSeen)
        if idle > idleTimeout { return .idle }
        return idle >= 60 ? .seenAgain : .fresh
    }

    static func encoded(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "/-_.~")))
            ?? "/"
    }
}
