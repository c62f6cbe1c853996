/// Why an account change cannot be made as the accounts stand (found inside the write
/// transaction, so two administrators acting at once cannot both succeed).
public enum AccountProblem: Error, Sendable, Hashable {
    /// An account with this name exists.
    case exists(String)
    /// No account has this name.
    case unknown(String)
    /// The account holds the role already.
    case alreadyHolds(account: String, role: String)
    /// The account does not hold the role.
    case doesNotHold(account: String, role: String)
    /// The account is disabled already.
    case alreadyDisabled(String)
    /// The account is active already.
    case alreadyActive(String)
    /// Accounts exist, so the first-account path (no acting account) is closed.
    case accountsExist
    /// The change would leave no active account able to manage accounts.
    case lastAdministrator(String)
    /// The database was set up already (`init` runs once).
    case alreadyInitialised
}
