/// What a password must be: long enough to resist guessing, short enough for bcrypt (which reads
/// 72 bytes), and not the account's own name.
public enum PasswordRules {
    /// The fewest characters a password may have.
    public static let minimumLength = 10
    /// The most bytes (UTF-8) a password may have.
    public static let maximumBytes = 72

    /// Refuses a password that breaks a rule, for `field`.
    static func check(_ password: String, account: String, field: DiligenceError.Field) throws(DiligenceError)
    {
        let limits = ["minimum": String(minimumLength), "maximum": String(maximumBytes)]
        if password.count < minimumLength {
            throw DiligenceError(.weakPassword, field: field, limits.merging(["problem": "too-short"]) { $1 })
        }
        if password.utf8.count > maximumBytes {
            throw DiligenceError(.weakPassword, field: field, limits.merging(["problem": "too-long"]) { $1 })
        }
        if password.lowercased().contains(account.lowercased()) {
            throw DiligenceError(
                .weakPassword, field: field, limits.merging(["problem": "is-account-name"]) { $1 })
        }
    }
}
