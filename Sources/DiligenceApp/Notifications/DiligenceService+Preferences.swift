import DiligenceCore
public import DiligenceStore

extension DiligenceService {
    /// How often the account `name` is written to: its own choice, seen by itself or by an
    /// administrator (an account allowed to manage accounts).
    public func notificationFrequency(of name: String, by actor: AuthenticatedActor) async throws
        -> NotificationFrequency
    {
        try requireSelfOrAdministrator(name, actor)
        return try store.notificationFrequency(of: name)
    }

    /// Chooses how often the account `name` is written to: at once, or a daily or weekly digest.
    /// An account chooses for itself; an administrator may choose for anyone.
    public func setNotificationFrequency(
        _ frequency: NotificationFrequency, of name: String, by actor: AuthenticatedActor
    ) async throws {
        try requireSelfOrAdministrator(name, actor)
        try store.setNotificationFrequency(frequency, of: name, now: clock())
    }

    private func requireSelfOrAdministrator(_ name: String, _ actor: AuthenticatedActor) throws {
        guard try store.account(name) != nil else {
            throw DiligenceError(.unknownAccount, field: .accountName, ["account": name])
        }
        if actor.account.name != name { try require(.manageAccounts, by: actor) }
    }
}
