/// What an administrator does to an account; each is one row of the log.
public enum AccountChange: Sendable, Hashable {
    /// Creates the account.
    case add(Account)
    /// Grants roles the account does not hold yet.
    case grant([String])
    /// Revokes roles the account holds.
    case revoke([String])
    /// Disables the account: it can no longer act or sign in.
    case disable
    /// Enables a disabled account again.
    case enable
    /// Changes the display name, the e-mail address (an empty text removes it) or the scope.
    case update(displayName: String?, email: String?, scope: [String]?)
}
