public import DiligenceCore

/// Someone the application layer has checked: an active account and one role it holds. Every
/// command and every read of the layer takes one; only ``DiligenceService/authenticate(_:role:)``
/// (and, for the engine's own work, ``system``) makes one.
public struct AuthenticatedActor: Sendable, Hashable {
    /// The account acting.
    public let account: Account
    /// The role it acts in, one it holds.
    public let role: String

    init(account: Account, role: String) {
        self.account = account
        self.role = role
    }

    /// The actor as the engine and the log know it.
    public var actor: Actor { Actor(user: account.name, role: role) }

    /// The built-in system account, acting for the server's scheduled work.
    public static let system = AuthenticatedActor(
        account: Account(
            name: Account.systemName, displayName: "diligence", roles: [SystemRole.name],
            createdAt: .distantPast),
        role: SystemRole.name)
}
