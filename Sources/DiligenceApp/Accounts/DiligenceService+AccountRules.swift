import DiligenceCore
import DiligenceStore
import Foundation

extension DiligenceService {
    /// Checks a new account's fields against the roles file and the partners, and returns the
    /// account to create.
    func checked(_ request: NewAccount, roles: RoleCatalogue) throws -> Account {
        let name = request.name.trimmingCharacters(in: .whitespaces)
        guard AccountText.isAccountName(name) else {
            throw DiligenceError(.invalidValue, field: .accountName, ["value": request.name])
        }
        let displayName = request.displayName?.trimmingCharacters(in: .whitespaces) ?? name
        guard AccountText.isDisplayName(displayName) else {
            throw DiligenceError(.invalidValue, field: .displayName, ["value": displayName])
        }
        let email = request.email?.trimmingCharacters(in: .whitespaces)
        if let email, !email.isEmpty, !AccountText.isEmail(email) {
            throw DiligenceError(.invalidValue, field: .email, ["value": email])
        }
        guard !request.roles.isEmpty else { throw DiligenceError(.missingValue, field: .role) }
        for role in request.roles { try Self.check(role: role, in: roles) }
        var account = Account(
            name: name, displayName: displayName, email: (email?.isEmpty ?? true) ? nil : email,
            roles: Array(Set(request.roles)), partner: nil, scope: try Self.checkedScope(request.scope),
            createdAt: clock())
        let partnerHeld = account.roles.contains { roles.role($0)?.holder == .partner }
        if let partner = request.partner?.trimmingCharacters(in: .whitespaces), !partner.isEmpty {
            guard partnerHeld else {
                throw DiligenceError(
                    .invalidValue, field: .partner, ["problem": "not-partner-role", "partner": partner])
            }
            do {
                _ = try store.partner(partner)
            } catch {
                throw DiligenceError(.unknownPartner, field: .partner, ["partner": partner])
            }
            account.partner = partner
        } else if partnerHeld {
            throw DiligenceError(.partnerRequired, field: .partner, ["account": name])
        }
        if partnerHeld, !account.scope.isEmpty {
            throw DiligenceError(
                .invalidValue, field: .scope, ["problem": "partner-account", "account": name])
        }
        try checkRoleMix(account, roles: roles)
        return account
    }

    /// Refuses an account mixing a partner's role with roles of UN staff or administrators: a
    /// partner's staff is never UN staff.
    func checkRoleMix(_ account: Account, roles: RoleCatalogue) throws {
        let holders = Set(account.roles.compactMap { roles.role($0)?.holder })
        if holders.contains(.partner), holders.count > 1 {
            throw DiligenceError(
                .invalidValue, field: .role,
                [
                    "problem": "partner-mix", "account": account.name,
                    "roles": account.roles.joined(separator: ", "),
                ])
        }
    }

    /// Refuses a role the roles file does not declare.
    static func check(role: String, in roles: RoleCatalogue) throws {
        guard roles.role(role) == nil else { return }
        var values = ["role": role, "known": roles.ids.joined(separator: ", ")]
        values["suggestion"] = Suggestion.closest(to: role, among: roles.ids)
        throw DiligenceError(.unknownRole, field: .role, values)
    }

    /// The scope's country codes, upper-cased, without repeats; refuses anything else.
    static func checkedScope(_ scope: [String]) throws -> [String] {
        var codes = Set<String>()
        for entry in scope {
            for part in entry.split(separator: ",") {
                let code = part.trimmingCharacters(in: .whitespaces).uppercased()
                guard AccountText.isCountryCode(code) else {
                    throw DiligenceError(.invalidValue, field: .scope, ["value": String(part)])
                }
                codes.insert(code)
            }
        }
        return codes.sorted()
    }
}
