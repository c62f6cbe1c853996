public import DiligenceCore
public import Foundation

/// An account as the administrator's list and page show it.
public struct AccountView: Sendable, Hashable, Codable {
    /// The account name.
    public var name: String
    /// The person's name.
    public var displayName: String
    /// The e-mail address, when known.
    public var email: String?
    /// The roles held, sorted.
    public var roles: [String]
    /// The partner, for a partner's staff.
    public var partner: String?
    /// The countries of its scope; empty for every country.
    public var scope: [String]
    /// False once disabled.
    public var active: Bool
    /// When it was created.
    public var createdAt: Date

    /// The view of an account.
    public init(_ account: Account) {
        name = account.name
        displayName = account.displayName
        email = account.email
        roles = account.roles
        partner = account.partner
        scope = account.scope
        active = account.isActive
        createdAt = account.createdAt
    }

    enum CodingKeys: String, CodingKey {
        case name
        case displayName = "display_name"
        case email, roles, partner, scope, active
        case createdAt = "created_at"
    }
}
