import DiligenceApp
import DiligenceWebForms
import Foundation
import Hummingbird

/// Signing in and out.
extension WebApp {
    func addSignInRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/sign-in") { request, context in
            if context.sessions.session != nil, request.query["ended"] == nil {
                return Response.seeOther("/")
            }
            return signInPage(request.query, context: context)
        }
        router.post("/sign-in") { request, context in
            try await signIn(context: context)
        }
        router.post("/sign-out") { _, context in
            if let session = context.sessions.session,
                let actor = try? await service.resume(
                    account: session.account, role: session.role, signedInAt: session.signedInAt
                ).actor
            {
                try? await service.signOut(actor, reason: "signed_out")
            }
            context.sessions.clearSession()
            return Response.seeOther("/sign-in?signed_out=1")
        }
    }

    private func signInPage(
        _ query: WebForm, context: WebContext, account: String = "", errors: [FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        var values: [String: Any] = ["account": account, "return": Self.safeReturn(query["return"])]
        if query["signed_out"] != nil { values["notice"] = "You have signed out." }
        if query["idle"] != nil {
            values["notice"] = "You were signed out after a while without activity. Sign in again to go on."
        }
        if query["ended"] != nil { values["notice"] = "Your session ended. Sign in again." }
        return pages.page(
            "sign-in", title: "Sign in", values: values, context: context, errors: errors, status: status)
    }

    private func signIn(context: WebContext) async throws -> Response {
        let form = context.form
        let account = form["account"] ?? ""
        let password = form.raw("password") ?? ""
        var errors: [FieldError] = []
        if account.isEmpty { errors.append(FieldError(field: "account", message: "Enter your account name")) }
        if password.isEmpty { errors.append(FieldError(field: "password", message: "Enter your password")) }
        var query = WebForm()
        if let back = form["return"] {
            query = WebForm(urlEncoded: "return=" + RequireAccount.encoded(back)) ?? query
        }
        guard errors.isEmpty else {
            return signInPage(
                query, context: context, account: account, errors: errors, status: .unprocessableContent)
        }
        let signedIn: SignedIn
        do {
            signedIn = try await service.signIn(
                account, password: password, address: context.address, settings: settings.signIn)
        } catch let refusal as DiligenceError {
            let status: HTTPResponse.Status =
                refusal.code == .signInThrottled ? .tooManyRequests : .unprocessableContent
            return signInPage(
                query, context: context, account: account, errors: [WebMessages.signIn(refusal)],
                status: status)
        }
        let now = service.clock()
        context.sessions.createSession(
            WebSession(
                account: signedIn.actor.account.name, role: signedIn.actor.role, signedInAt: now,
                lastSeenAt: now),
            expiresIn: .seconds(Int64(settings.idleTimeout)))
        if signedIn.mustChangePassword { return Response.seeOther("/account/password") }
        return Response.seeOther(Self.safeReturn(form["return"]))
    }

    /// Where to go after signing in: a path of this site only (never `//elsewhere`).
    static func safeReturn(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.hasPrefix("/\\"),
            !path.contains(where: { $0.isNewline }), !path.hasPrefix("/sign-")
        else { return "/" }
        return path
    }
}
