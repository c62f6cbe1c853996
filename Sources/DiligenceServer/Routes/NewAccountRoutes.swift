import DiligenceApp
import DiligenceCore
import DiligenceWebForms
import Hummingbird

/// The administrator's form that adds an account: its name, the person's name and e-mail, its
/// roles, and its partner (a partner's staff) or countries (UN staff). The layer checks all of
/// it; a refusal is shown beside its field and nothing is written.
extension WebApp {
    func addNewAccountRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/admin/new-account") { _, context in
            try await newAccountPage(context)
        }
        router.post("/admin/new-account") { _, context in
            let actor = try context.signedIn
            // Refuses a role that may not manage accounts before anything posted is read.
            _ = try await service.declaredRoles(by: actor)
            let form = context.form
            let request = NewAccount(
                name: form["name"] ?? "", displayName: Self.optional(form["display_name"]),
                email: Self.optional(form["email"]), roles: form.all("roles"),
                partner: Self.optional(form["partner"]),
                scope: Self.optional(form["scope"]).map { [$0] } ?? [])
            switch try await Self.outcome({ try await service.addAccount(request, by: actor) }) {
            case .success(let account):
                return Response.seeOther("/admin/account/\(Self.encode(account.name))?done=added")
            case .failure(let refusal):
                return try await newAccountPage(
                    context, errors: [AccountMessages.field(refusal)], status: .unprocessableContent)
            }
        }
    }

    private func newAccountPage(
        _ context: WebContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let roles = try await service.declaredRoles(by: try context.signedIn)
        let posted = errors.isEmpty ? WebForm() : context.form
        let chosen = Set(posted.all("roles"))
        let values: [String: Any] = [
            "form": [
                "name": posted["name"] ?? "", "display_name": posted["display_name"] ?? "",
                "email": posted["email"] ?? "", "partner": posted["partner"] ?? "",
                "scope": posted["scope"] ?? "",
            ],
            "roles": roles.enumerated().map { index, role in
                [
                    "id": role.id, "name": RoleNames.name(role.id), "holder": Self.holder(role.holder),
                    "checked": chosen.contains(role.id),
                    // The first box carries the fieldset's id, so the error summary links to it.
                    "choice_id": index == 0 ? "roles" : "roles-\(role.id)",
                ] as [String: Any]
            },
        ]
        return pages.page(
            "account-new", title: "Add an account", values: values, context: context, errors: errors,
            status: status, navigation: await navigation("admin", context))
    }

    /// Who holds a role, as the form says it.
    static func holder(_ holder: RoleHolder) -> String {
        switch holder {
        case .partner: "a partner's staff"
        case .unStaff: "UN staff"
        case .administrator: "administrators"
        }
    }

    /// A field's text, or nil when it was left empty.
    static func optional(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }

    /// Runs an account change: the account as it now is, or the layer's refusal of the input.
    /// Any other error is thrown on (a role that may not manage accounts gets the 403 page).
    static func outcome(_ change: () async throws -> AccountView) async throws -> Result<
        AccountView, DiligenceError
    > {
        do {
            return .success(try await change())
        } catch let refusal as DiligenceError where refusal.code != .notAllowed {
            return .failure(refusal)
        }
    }
}
