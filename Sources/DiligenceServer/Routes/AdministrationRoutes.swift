import DiligenceApp
import Foundation
import Hummingbird

/// The administrator's page: the accounts, and setting an account's password (which the account
/// must then change). Who may is decided in the layer: another role gets the 403 page.
extension WebApp {
    func addAdministrationRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/admin/accounts") { request, context in
            try await accountsPage(
                context,
                message: request.query["set"].map {
                    "The password of \($0) is set; they choose their own at their next sign-in."
                })
        }
        router.post("/admin/accounts/password") { _, context in
            let actor = try context.signedIn
            let name = context.form["account"] ?? ""
            let password = context.form.raw("new") ?? ""
            var errors: [FieldError] = []
            if name.isEmpty { errors.append(FieldError(field: "account", message: "Choose the account")) }
            if password.isEmpty { errors.append(FieldError(field: "new", message: "Enter the new password")) }
            if errors.isEmpty {
                do {
                    try await service.resetPassword(
                        of: name, to: password, by: actor, settings: settings.signIn)
                } catch let refusal as DiligenceError where refusal.code == .weakPassword {
                    var error = WebMessages.password(refusal)
                    error.message = error.message.replacingOccurrences(
                        of: "Your new password", with: "The new password"
                    )
                    .replacingOccurrences(of: "your account name", with: "the account's name")
                    errors.append(error)
                } catch let refusal as DiligenceError where refusal.code == .unknownAccount {
                    errors.append(FieldError(field: "account", message: "There is no account \(name)"))
                }
            }
            guard errors.isEmpty else {
                return try await accountsPage(
                    context, chosen: name, errors: errors, status: .unprocessableContent)
            }
            return Response.seeOther("/admin/accounts?set=\(Self.encode(name))")
        }
    }

    private func accountsPage(
        _ context: WebContext, message: String? = nil, chosen: String = "", errors: [FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let accounts = try await service.accounts(by: try context.signedIn)
        var values: [String: Any] = [
            "accounts": accounts.map { account in
                [
                    "name": account.name, "display_name": account.displayName,
                    "roles": account.roles.map(RoleNames.name).joined(separator: ", ")
                        + (account.partner.map { " of \($0)" } ?? ""),
                    "active": account.active, "chosen": account.name == chosen,
                ] as [String: Any]
            },
            "minimum": PasswordRules.minimumLength,
        ]
        if let message { values["message"] = message }
        return pages.page(
            "accounts", title: "Accounts", values: values, context: context, errors: errors, status: status,
            navigation: await navigation("admin", context))
    }
}
