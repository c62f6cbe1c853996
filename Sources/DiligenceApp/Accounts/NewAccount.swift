/// What an administrator gives to create an account.
public struct NewAccount: Sendable, Hashable {
    /// The account name (`amina.diallo`).
    public var name: String
    /// The person's name; the account name when not given.
    public var displayName: String?
    /// The e-mail address, when known.
    public var email: String?
    /// The roles to hold (at least one).
    public var roles: [String]
    /// The partner, for an account holding a partner role.
    public var partner: String?
    /// The countries whose partners a UN staff account works on; empty for every country.
    public var scope: [String]

    /// Creates a request.
    public init(
        name: String, displayName: String? = nil, email: String? = nil, roles: [String],
        partner: String? = nil,
        scope: [String] = []
    ) {
        self.name = name
        self.displayName = displayName
        self.email = email
        self.roles = roles
        self.partner = partner
        self.scope = scope
    }
}
