import DiligenceCore
import DiligenceStore
public import Foundation
import HummingbirdBcrypt
import Synchronization

extension DiligenceService {
    /// Signs an account in with its password, from `address` (the client's, for throttling and
    /// the log). Failed tries are logged and counted per account and per address; past the free
    /// ones, each further try waits (``SignInSettings``) and is refused unchecked until then, so
    /// a guesser is slowed down but nobody can lock a focal point out. The refusal never says
    /// whether the account exists.
    public func signIn(_ typedName: String, password: String, address: String, settings: SignInSettings)
        async throws -> SignedIn
    {
        let name = typedName.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let now = clock()
        let account = name.isEmpty ? nil : try store.account(name)
        var keys = [SignInKey.address(address)]
        if let account { keys.append(SignInKey.account(account.name)) }
        try checkThrottle(keys: keys, settings: settings, now: now)
        let kept = try account.flatMap { try store.password(of: $0.name) }
        let matches = await Self.verify(
            password, hash: kept?.hash ?? Self.dummyHash(cost: settings.bcryptCost))
        // A failure that cannot be counted is not taken as a plain refusal: the throttle depends on
        // the count, so the store's error is what the caller sees.
        func fail(_ reason: SignInFailureReason) throws -> Never {
            try store.recordSignInFailure(
                account: account?.name, address: address, reason: reason, keys: keys, roles: roles, now: now)
            throw DiligenceError(.signInFailed, field: .password)
        }
        guard let account else { try fail(.unknownAccount) }
        guard let kept else { try fail(.noPassword) }
        guard matches else { try fail(.wrongPassword) }
        guard account.isActive else {
            try store.recordSignInFailure(
                account: account.name, address: address, reason: .disabled, keys: [], roles: roles, now: now)
            throw DiligenceError(.accountDisabled, field: .actor, ["account": account.name])
        }
        guard let role = account.roles.first else {
            throw DiligenceError(.roleNotHeld, field: .actingRole, ["account": account.name, "held": ""])
        }
        try store.recordSignIn(account.name, role: role, address: address, roles: roles, now: now)
        return SignedIn(
            actor: AuthenticatedActor(account: account, role: role), mustChangePassword: kept.mustChange,
            passwordSetAt: kept.setAt)
    }

    /// Checks a signed-in session on a request: the account must still be active, hold the
    /// role, and not have changed its password since the session began. The account and its
    /// password are read in one transaction: the answer also says whether a new password must be
    /// chosen.
    public func resume(account name: String, role: String, signedInAt: Date) async throws -> SignedIn {
        let (found, kept, head) = try store.accountWithPassword(name)
        guard let account = found else {
            throw DiligenceError(.sessionEnded, field: .actor, ["reason": "disabled", "account": name])
        }
        guard account.isActive else {
            throw DiligenceError(.sessionEnded, field: .actor, ["reason": "disabled", "account": name])
        }
        guard account.holds(role) else {
            throw DiligenceError(
                .sessionEnded, field: .actingRole, ["reason": "role-revoked", "account": name])
        }
        if let kept, kept.setAt > signedInAt {
            throw DiligenceError(
                .sessionEnded, field: .password, ["reason": "password-changed", "account": name])
        }
        return SignedIn(
            actor: AuthenticatedActor(account: account, role: role),
            mustChangePassword: kept?.mustChange ?? false,
            passwordSetAt: kept?.setAt ?? account.createdAt, logHead: head)
    }

    /// Logs that the actor signed out (`reason`: `signed_out`, `idle`).
    public func signOut(_ actor: AuthenticatedActor, reason: String) async throws {
        try store.recordSignOut(
            actor.account.name, role: actor.role, reason: reason, roles: roles, now: clock())
    }

    /// Whether the account must choose a new password before anything else.
    public func mustChangePassword(_ actor: AuthenticatedActor) async throws -> Bool {
        try store.password(of: actor.account.name)?.mustChange ?? false
    }

    private func checkThrottle(keys: [String], settings: SignInSettings, now: Date) throws {
        var wait: TimeInterval = 0
        for key in keys {
            guard let failures = try store.signInFailures(key) else { continue }
            let isAccount = key.hasPrefix("account:")
            let delay = SignInSettings.delay(
                after: failures.count,
                free: isAccount ? settings.accountFreeFailures : settings.addressFreeFailures,
                first: isAccount ? settings.accountFirstDelay : settings.addressFirstDelay,
                maximum: isAccount ? settings.accountMaximumDelay : settings.addressMaximumDelay)
            wait = max(wait, failures.lastAt.addingTimeInterval(delay).timeIntervalSince(now))
        }
        if wait > 0 {
            throw DiligenceError(
                .signInThrottled, field: .password, ["seconds": String(Int(wait.rounded(.up)))])
        }
    }

    private static let dummyHashes = Mutex<[Int: String]>([:])

    /// A hash of no one's password at `cost`, verified when the account does not exist so the
    /// refusal takes as long as a wrong password.
    private static func dummyHash(cost: Int) -> String {
        if let hash = dummyHashes.withLock({ $0[cost] }) { return hash }
        let hash = Bcrypt.hash(UUID().uuidString, cost: UInt8(clamping: cost))
        dummyHashes.withLock { $0[cost] = hash }
        return hash
    }
}
