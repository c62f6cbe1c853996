import DiligenceCore
import DiligenceStore
import Foundation
import HummingbirdBcrypt

extension DiligenceService {
    /// Sets an account's password for it, as an administrator: the account must choose its own
    /// at its next sign-in (unless `mustChange` says otherwise: a demonstration's accounts). The password is checked against the rules, hashed and never logged.
    public func resetPassword(
        of name: String, to password: String, by actor: AuthenticatedActor, settings: SignInSettings,
        mustChange: Bool? = nil
    ) async throws {
        try require(.manageAccounts, by: actor)
        guard try store.account(name) != nil else {
            throw DiligenceError(.unknownAccount, field: .accountName, ["account": name])
        }
        try PasswordRules.check(password, account: name, field: .newPassword)
        let hash = await Self.hash(password, cost: settings.bcryptCost)
        try store.setPassword(
            name, hash: hash, mustChange: mustChange ?? (actor.account.name != name), actor: actor.actor,
            roles: roles,
            now: clock())
    }

    /// Changes the acting account's own password: the current one must match.
    public func changePassword(
        current: String, new: String, by actor: AuthenticatedActor, settings: SignInSettings
    ) async throws {
        let name = actor.account.name
        guard let kept = try store.password(of: name), await Self.verify(current, hash: kept.hash) else {
            throw DiligenceError(.passwordMismatch, field: .password)
        }
        try PasswordRules.check(new, account: name, field: .newPassword)
        if new == current {
            throw DiligenceError(.weakPassword, field: .newPassword, ["problem": "unchanged"])
        }
        let hash = await Self.hash(new, cost: settings.bcryptCost)
        try store.setPassword(
            name, hash: hash, mustChange: false, actor: actor.actor, roles: roles, now: clock())
    }

    /// Hashes off the caller's thread: bcrypt is slow on purpose.
    static func hash(_ password: String, cost: Int) async -> String {
        await Task.detached(priority: .userInitiated) { Bcrypt.hash(password, cost: UInt8(clamping: cost)) }
            .value
    }

    /// Verifies off the caller's thread.
    static func verify(_ password: String, hash: String) async -> Bool {
        await Task.detached(priority: .userInitiated) { Bcrypt.verify(password, hash: hash) }.value
    }
}
