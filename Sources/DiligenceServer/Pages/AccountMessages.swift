import DiligenceApp

/// The web's wording of the layer's refusals of an account change, beside the field of the
/// administrator's form they concern.
enum AccountMessages {
    /// The refusal `error`, beside its field of the form.
    static func field(_ error: DiligenceError) -> FieldError {
        let value = error.values["value"] ?? ""
        let account = error.values["account"] ?? "this account"
        switch (error.field, error.code, error.values["problem"]) {
        case (.accountName, .invalidValue, _) where value.trimmingCharacters(in: .whitespaces).isEmpty:
            return FieldError(field: "name", message: "Enter the account name")
        case (.accountName, .invalidValue, _):
            return FieldError(
                field: "name",
                message:
                    "The account name must start with a lower-case letter and have only lower-case letters, digits, dots, hyphens and underscores"
            )
        case (.accountName, .accountConflict, "exists"):
            return FieldError(field: "name", message: "There is already an account named \(account)")
        case (.accountName, .accountConflict, "last-administrator"):
            // Disabling the account or revoking its role would leave nobody to manage accounts.
            return FieldError(
                field: "disable",
                message:
                    "No active account would be left to manage accounts: \(account) is the last one that does"
            )
        case (.accountName, .accountConflict, "already-disabled"):
            return FieldError(field: "disable", message: "\(account) is already disabled")
        case (.accountName, .accountConflict, "already-active"):
            return FieldError(field: "enable", message: "\(account) is already active")
        case (.displayName, _, _):
            return FieldError(
                field: "display_name", message: "Enter the person's name, without control characters")
        case (.email, _, _):
            return FieldError(field: "email", message: "Enter an e-mail address like name@example.org")
        case (.role, .missingValue, _):
            return FieldError(field: "roles", message: "Choose at least one role")
        case (.role, .unknownRole, _):
            return FieldError(field: "roles", message: "There is no role \(error.values["role"] ?? "")")
        case (.role, .invalidValue, "partner-mix"):
            return FieldError(
                field: "roles",
                message: "A partner's staff role cannot be held with a role of UN staff or administrators")
        case (.role, .accountConflict, "no-role-left"):
            return FieldError(field: "revoke", message: "\(account) must keep at least one role")
        case (.role, .accountConflict, "already-holds"):
            return FieldError(
                field: "roles",
                message: "\(account) already holds the role \(RoleNames.name(error.values["role"] ?? ""))")
        case (.role, .accountConflict, "does-not-hold"):
            return FieldError(
                field: "revoke",
                message: "\(account) does not hold the role \(RoleNames.name(error.values["role"] ?? ""))")
        case (.partner, .partnerRequired, _):
            return FieldError(field: "partner", message: "Enter the partner of a partner's staff account")
        case (.partner, .unknownPartner, _):
            return FieldError(
                field: "partner", message: "There is no partner \(error.values["partner"] ?? "")")
        case (.partner, _, _):
            return FieldError(
                field: "partner", message: "Leave the partner empty: only a partner's staff role has one")
        case (.scope, _, "partner-account"):
            return FieldError(
                field: "scope", message: "Leave the countries empty for a partner's staff account")
        case (.scope, _, _):
            return FieldError(
                field: "scope", message: "\(value) is not a country code: use two capital letters, such as KE"
            )
        default:
            return FieldError(field: "name", message: "The account could not be changed")
        }
    }
}
