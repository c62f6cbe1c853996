import DiligenceApp
import Hummingbird

/// An account's page for the administrator: its details, granting and revoking its roles,
/// disabling and enabling it. Each change is one call on the layer (one event in the log); a
/// refusal is shown beside the form it concerns and nothing is written.
extension WebApp {
    /// The changes of an account's page: the form's field (the error summary links to it) and
    /// what the page says once done.
    enum AccountChange: String, CaseIterable {
        case grant, revoke, disable, enable

        var done: String {
            switch self {
            case .grant: "The role is granted."
            case .revoke: "The role is revoked."
            case .disable: "The account is disabled."
            case .enable: "The account is enabled."
            }
        }
    }

    func addAccountChangeRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/admin/account/{name}") { request, context in
            let name = try context.parameters.require("name")
            let done = request.query["done"].flatMap {
                $0 == "added" ? "The account is added." : AccountChange(rawValue: $0)?.done
            }
            return try await accountPage(name, context: context, message: done)
        }
        for change in AccountChange.allCases {
            router.post("/admin/account/{name}/\(change.rawValue)") { _, context in
                let name = try context.parameters.require("name")
                return try await changeAccount(name, change, context: context)
            }
        }
    }

    private func changeAccount(_ name: String, _ change: AccountChange, context: WebContext) async throws
        -> Response
    {
        let actor = try context.signedIn
        let role = context.form["role"].map { [$0] } ?? []
        let outcome = try await Self.outcome {
            switch change {
            case .grant: try await service.grant(role, to: name, by: actor)
            case .revoke: try await service.revoke(role, from: name, by: actor)
            case .disable: try await service.disable(name, by: actor)
            case .enable: try await service.enable(name, by: actor)
            }
        }
        switch outcome {
        case .success:
            return Response.seeOther("/admin/account/\(Self.encode(name))?done=\(change.rawValue)")
        case .failure(let refusal) where refusal.code == .unknownAccount:
            return notFound(context)
        case .failure(let refusal):
            var error = AccountMessages.field(refusal)
            error.field = change.rawValue
            return try await accountPage(
                name, context: context, errors: [error], status: .unprocessableContent)
        }
    }

    private func accountPage(
        _ name: String, context: WebContext, message: String? = nil, errors: [FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let actor = try context.signedIn
        let roles = try await service.declaredRoles(by: actor)
        let account: AccountView
        switch try await Self.outcome({ try await service.account(name, by: actor) }) {
        case .success(let found): account = found
        case .failure: return notFound(context)
        }
        func choice(_ id: String) -> [String: Any] { ["id": id, "name": RoleNames.name(id)] }
        var values: [String: Any] = [
            "account": [
                "name": account.name, "email": account.email ?? "Not given",
                "roles": account.roles.map(RoleNames.name).joined(separator: ", "),
                "partner": account.partner ?? "None (not a partner's staff)",
                "scope": account.scope.isEmpty
                    ? (account.partner == nil ? "Every country" : "Their partner's")
                    : account.scope.joined(separator: ", "),
                "active": account.active,
            ] as [String: Any],
            "grantable": roles.map(\.id).filter { !account.roles.contains($0) }.map(choice),
            "held": account.roles.map(choice),
        ]
        if let message { values["message"] = message }
        return pages.page(
            "account", title: account.displayName, values: values, context: context, errors: errors,
            status: status, navigation: await navigation("admin", context))
    }
}
