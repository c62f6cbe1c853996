import DiligenceApp
import Foundation
import Hummingbird

/// The account's own pages: its password and the role it acts in.
extension WebApp {
    func addAccountRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/account/password") { request, context in
            await passwordPage(context, changed: request.query["changed"] != nil)
        }
        router.post("/account/password") { _, context in
            try await changePassword(context)
        }
        router.post("/account/role") { _, context in
            let actor = try context.signedIn
            guard let role = context.form["role"], actor.account.holds(role),
                let session = context.sessions.session
            else { return forbidden(context, needed: []) }
            var switched = session
            switched.role = role
            _ = context.sessions.updateSession(switched, expiresIn: .seconds(Int64(settings.idleTimeout)))
            return Response.seeOther("/")
        }
    }

    private func passwordPage(
        _ context: WebContext, changed: Bool = false, errors: [FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async -> Response {
        var mustChange = false
        if let actor = context.actor { mustChange = (try? await service.mustChangePassword(actor)) ?? false }
        return pages.page(
            "password", title: "Change your password",
            values: [
                "must_change": mustChange, "changed": changed, "minimum": PasswordRules.minimumLength,
            ],
            context: context, errors: errors, status: status,
            navigation: await navigation("account", context))
    }

    private func changePassword(_ context: WebContext) async throws -> Response {
        let actor = try context.signedIn
        let form = context.form
        let (current, new, confirm) = (
            form.raw("current") ?? "", form.raw("new") ?? "", form.raw("confirm") ?? ""
        )
        var errors: [FieldError] = []
        if current.isEmpty {
            errors.append(FieldError(field: "current", message: "Enter your current password"))
        }
        if new.isEmpty { errors.append(FieldError(field: "new", message: "Enter a new password")) }
        if !new.isEmpty, new != confirm {
            errors.append(FieldError(field: "confirm", message: "The two new passwords are not the same"))
        }
        if errors.isEmpty {
            do {
                try await service.changePassword(
                    current: current, new: new, by: actor, settings: settings.signIn)
            } catch let refusal as DiligenceError {
                errors.append(WebMessages.password(refusal))
            }
        }
        guard errors.isEmpty else {
            return await passwordPage(context, errors: errors, status: .unprocessableContent)
        }
        // The change ends every session begun before it, this one too: start a new one.
        let now = service.clock()
        context.sessions.createSession(
            WebSession(account: actor.account.name, role: actor.role, signedInAt: now, lastSeenAt: now),
            expiresIn: .seconds(Int64(settings.idleTimeout)))
        return Response.seeOther("/account/password?changed=1")
    }
}
