import DiligenceApp

/// The web's wording of the layer's refusals of an account change, beside the field of the
/// administrator's form they concern.
enum AccountMessages {
    /// The refusal `error`, beside its field of the form.
    static func field(_ error: DiligenceError) -> FieldError {
        let value = error.values["value"] ?? ""
        let account = error.values["account"] ?? "this account"
        let (field, message): (String, String) =
            switch (error.field, error.code, error.values["problem"]) {
            case (.accountName, .invalidValue, _) where value.trimmingCharacters(in: .whitespaces).isEmpty:
                ("name", "Enter the account name")
            case (.accountName, .invalidValue, _):
                (
                    "name",
                    "The account name must start with a lower-case letter and have only lower-case letters, digits, dots, hyphens and underscores"
                )
            case (.accountName, .accountConflict, "exists"):
                ("name", "There is already an account named \(account)")
            case (.accountName, .accountConflict, "last-administrator"):
                // Disabling the account or revoking its role would leave nobody to manage accounts.
                (
                    "disable",
                    "No active account would be left to manage accounts: \(account) is the last one that does"
                )
            case (.accountName, .accountConflict, "already-disabled"):
                ("disable", "\(account) is already disabled")
            case (.accountName, .accountConflict, "already-active"):
                ("enable", "\(account) is already active")
            case (.displayName, _, _):
                ("display_name", "Enter the person's name, without control characters")
            case (.email, _, _):
                ("email", "Enter an e-mail address like name@example.org")
            case (.role, .missingValue, _):
                ("roles", "Choose at least one role")
            case (.role, .unknownRole, _):
                ("roles", "There is no role \(error.values["role"] ?? "")")
            case (.role, .invalidValue, "partner-mix"):
                ("roles", "A partner's staff role cannot be held with a role of UN staff or administrators")
            case (.role, .accountConflict, "no-role-left"):
                ("revoke", "\(account) must keep at least one role")
            case (.role, .accountConflict, "already-holds"):
                ("roles", "\(account) already holds the role \(RoleNames.name(error.values["role"] ?? ""))")
            case (.role, .accountConflict, "does-not-hold"):
                ("revoke", "\(account) does not hold the role \(RoleNames.name(error.values["role"] ?? ""))")
            case (.partner, .partnerRequired, _):
                ("partner", "Enter the partner of a partner's staff account")
            case (.partner, .unknownPartner, _):
                ("partner", "There is no partner \(error.values["partner"] ?? "")")
            case (.partner, _, _):
                ("partner", "Leave the partner empty: only a partner's staff role has one")
            case (.scope, _, "partner-account"):
                ("scope", "Leave the countries empty for a partner's staff account")
            case (.scope, _, _):
                ("scope", "\(value) is not a country code: use two capital letters, such as KE")
            default:
                ("name", "The account could not be changed")
            }
        return FieldError(field: field, message: message)
    }
}
