import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// Sets up a new database: its first account, holding every role that manages accounts, and
    /// the installation's clock (`simulatedClock`: a database for a demonstration or a test, whose
    /// `tick` may run ahead of the real clock). Refused once any account exists.
    public func initialise(
        administrator: NewAccount, simulatedClock: Bool
    ) async throws -> AccountView {
        let roles = try self.roles
        var request = administrator
        let managing = roles.roles(allowing: .manageAccounts).map(\.id)
        for role in managing where !request.roles.contains(role) { request.roles.append(role) }
        let account = try checked(request, roles: roles)
        let actor = Actor(user: account.name, role: managing.first ?? SystemRole.name)
        return try Self.accountChange { () throws(StoreError) -> Account in
            try store.changeAccount(
                account.name, .add(account), actor: actor, roles: roles, now: clock(), firstAccount: true,
                settings: ["clock": simulatedClock ? "simulated" : "real"])
        }
    }

    /// Creates an account. `actor` must hold a role that manages accounts; with no actor, only
    /// while no account exists, and the new account must hold such a role (the first
    /// administrator).
    public func addAccount(_ request: NewAccount, by actor: AuthenticatedActor?) async throws -> AccountView {
        let roles = try self.roles
        let account = try checked(request, roles: roles)
        let acting: Actor
        if let actor {
            try require(.manageAccounts, by: actor)
            acting = actor.actor
        } else {
            let managing = roles.roles(allowing: .manageAccounts).map(\.id)
            guard let role = account.roles.first(where: managing.contains) else {
                throw DiligenceError(
                    .missingValue, field: .role,
                    ["what": "first administrator", "allowed": managing.joined(separator: ", ")])
            }
            acting = Actor(user: account.name, role: role)
        }
        return try change(account.name, .add(account), actor: acting, firstAccount: actor == nil)
    }

    /// Grants roles to an account (each declared, none held yet).
    public func grant(_ granted: [String], to name: String, by actor: AuthenticatedActor) async throws
        -> AccountView
    {
        try require(.manageAccounts, by: actor)
        let roles = try self.roles
        guard !granted.isEmpty else { throw DiligenceError(.missingValue, field: .role) }
        for role in granted { try Self.check(role: role, in: roles) }
        let existing = try existingAccount(name)
        var after = existing
        after.roles = Array(Set(existing.roles + granted)).sorted()
        try checkRoleMix(after, roles: roles)
        return try change(name, .grant(granted), actor: actor.actor)
    }

    /// Revokes roles from an account (each held; at least one stays).
    public func revoke(_ revoked: [String], from name: String, by actor: AuthenticatedActor) async throws
        -> AccountView
    {
        try require(.manageAccounts, by: actor)
        guard !revoked.isEmpty else { throw DiligenceError(.missingValue, field: .role) }
        let existing = try existingAccount(name)
        if Set(existing.roles).isSubset(of: revoked) {
            throw DiligenceError(
                .accountConflict, field: .role, ["problem": "no-role-left", "account": name])
        }
        return try change(name, .revoke(revoked), actor: actor.actor)
    }

    /// Disables an account: it can no longer act. An administrator cannot disable the last
    /// account that manages accounts.
    public func disable(_ name: String, by actor: AuthenticatedActor) async throws -> AccountView {
        try require(.manageAccounts, by: actor)
        return try change(name, .disable, actor: actor.actor)
    }

    /// Enables a disabled account again.
    public func enable(_ name: String, by actor: AuthenticatedActor) async throws -> AccountView {
        try require(.manageAccounts, by: actor)
        return try change(name, .enable, actor: actor.actor)
    }

    /// Changes an account's display name, e-mail address (empty removes it) or scope.
    public func update(
        _ name: String, displayName: String?, email: String?, scope: [String]?, by actor: AuthenticatedActor
    ) async throws -> AccountView {
        try require(.manageAccounts, by: actor)
        if let displayName, !AccountText.isDisplayName(displayName) {
            throw DiligenceError(.invalidValue, field: .displayName, ["value": displayName])
        }
        if let email, !email.isEmpty, !AccountText.isEmail(email) {
            throw DiligenceError(.invalidValue, field: .email, ["value": email])
        }
        let scope = try scope.map(Self.checkedScope)
        if scope != nil, try existingAccount(name).partner != nil {
            throw DiligenceError(
                .invalidValue, field: .scope, ["problem": "partner-account", "account": name])
        }
        return try change(
            name, .update(displayName: displayName, email: email, scope: scope), actor: actor.actor)
    }

    /// Every account, for an administrator.
    public func accounts(by actor: AuthenticatedActor) async throws -> [AccountView] {
        try require(.manageAccounts, by: actor)
        return try store.accounts().map(AccountView.init)
    }

    /// One account, for an administrator.
    public func account(_ name: String, by actor: AuthenticatedActor) async throws -> AccountView {
        try require(.manageAccounts, by: actor)
        return AccountView(try existingAccount(name))
    }

    /// The actors of the log who have no account (a database made before accounts), for an
    /// administrator to claim by creating their accounts.
    public func unclaimedActors(by actor: AuthenticatedActor) async throws -> [UnclaimedActor] {
        try require(.manageAccounts, by: actor)
        return try store.unclaimedActors()
    }

    /// Whether the database has any account yet.
    public func hasAccounts() async throws -> Bool {
        try store.accountCount() > 0
    }

    private func existingAccount(_ name: String) throws -> Account {
        guard let account = try store.account(name) else {
            throw DiligenceError(.unknownAccount, field: .accountName, ["account": name])
        }
        return account
    }

    private func change(
        _ name: String, _ change: AccountChange, actor: Actor, firstAccount: Bool = false
    ) throws -> AccountView {
        let roles = try self.roles
        return try Self.accountChange { () throws(StoreError) -> Account in
            try store.changeAccount(
                name, change, actor: actor, roles: roles, now: clock(), firstAccount: firstAccount)
        }
    }

    /// Runs a store account change, turning its account problems into the layer's errors.
    private static func accountChange(_ body: () throws(StoreError) -> Account) throws -> AccountView {
        let result: Result<Account, StoreError>
        do {
            result = .success(try body())
        } catch {
            result = .failure(error)
        }
        switch result {
        case .success(let account): return AccountView(account)
        case .failure(.account(let problem)): throw conflict(problem)
        case .failure(let error): throw error
        }
    }

    static func conflict(_ problem: AccountProblem) -> DiligenceError {
        switch problem {
        case .exists(let name):
            DiligenceError(.accountConflict, field: .accountName, ["problem": "exists", "account": name])
        case .unknown(let name):
            DiligenceError(.unknownAccount, field: .accountName, ["account": name])
        case .alreadyHolds(let name, let role):
            DiligenceError(
                .accountConflict, field: .role, ["problem": "already-holds", "account": name, "role": role])
        case .doesNotHold(let name, let role):
            DiligenceError(
                .accountConflict, field: .role, ["problem": "does-not-hold", "account": name, "role": role])
        case .alreadyDisabled(let name):
            DiligenceError(
                .accountConflict, field: .accountName, ["problem": "already-disabled", "account": name])
        case .alreadyActive(let name):
            DiligenceError(
                .accountConflict, field: .accountName, ["problem": "already-active", "account": name])
        case .accountsExist:
            DiligenceError(.accountConflict, field: .actor, ["problem": "accounts-exist"])
        case .lastAdministrator(let name):
            DiligenceError(
                .accountConflict, field: .accountName, ["problem": "last-administrator", "account": name])
        case .alreadyInitialised:
            DiligenceError(.accountConflict, field: .actor, ["problem": "accounts-exist"])
        }
    }
}
