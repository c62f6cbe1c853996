public import DiligenceCore
public import DiligenceStore
public import Foundation

/// The application layer: every front end (the CLI, the server) goes through it. It takes the
/// authenticated actor, decides what the actor may do and see, and returns views or typed
/// errors (``DiligenceError``; the store's own ``StoreError`` passes through for what the store
/// refuses). Nothing else reads restricted fields or words a rule.
public final class DiligenceService: Sendable {
    /// The store underneath.
    public let store: DiligenceStore
    /// The validated definitions (workflows, questionnaires, rules, roles).
    public let definitions: DefinitionSet
    /// The clock: the real one, or a fixed or simulated one in tests and demonstrations.
    public let clock: @Sendable () -> Date
    /// Portfolio-wide views kept while the log does not move.
    let viewCache = ViewCache()
    /// Every partner's summary, carried from one head of the log to the next.
    let keptSummaries = KeptPerPartner<PartnerSummary>(partner: \.id)
    /// The records of each partner with a step waiting, carried from one head to the next.
    let keptWork = KeptPerPartner<PartnerItems<WorkCandidate>>(partner: \.partner)
    /// The flags raised on each partner, carried from one head to the next.
    let keptFlags = KeptPerPartner<PartnerItems<FlagEntry>>(partner: \.partner)

    /// Creates the layer over an open store and a complete, valid definition set.
    public init(
        store: DiligenceStore, definitions: DefinitionSet, clock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.store = store
        self.definitions = definitions
        self.clock = clock
    }

    /// The roles file of the definitions.
    var roles: RoleCatalogue {
        get throws(DiligenceError) {
            guard let catalogue = definitions.roleCatalogue else {
                throw DiligenceError(.missingValue, field: .role, ["what": "roles file"])
            }
            return catalogue
        }
    }

    /// Checks who is acting: `name` must be an active account and `role` one it holds; with no
    /// role, the account's only role. Writes nothing.
    public func authenticate(_ name: String?, role: String?) async throws -> AuthenticatedActor {
        let name = name?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !name.isEmpty else { throw DiligenceError(.noActor, field: .actor) }
        guard let account = try store.account(name) else {
            let empty = try store.accountCount() == 0
            throw DiligenceError(empty ? .noAccounts : .unknownAccount, field: .actor, ["account": name])
        }
        guard account.isActive else {
            throw DiligenceError(.accountDisabled, field: .actor, ["account": name])
        }
        let held = account.roles.joined(separator: ", ")
        guard let role = role?.trimmingCharacters(in: .whitespaces), !role.isEmpty else {
            guard account.roles.count == 1, let only = account.roles.first else {
                throw DiligenceError(.roleAmbiguous, field: .actingRole, ["account": name, "held": held])
            }
            return AuthenticatedActor(account: account, role: only)
        }
        guard account.holds(role) else {
            if role == SystemRole.name {
                throw DiligenceError(.systemRole, field: .actingRole, ["role": role])
            }
            let roles = try self.roles
            if roles.role(role) == nil {
                var values = ["role": role, "known": roles.ids.joined(separator: ", ")]
                values["suggestion"] = Suggestion.closest(to: role, among: roles.ids)
                throw DiligenceError(.unknownRole, field: .actingRole, values)
            }
            throw DiligenceError(
                .roleNotHeld, field: .actingRole, ["account": name, "role": role, "held": held])
        }
        return AuthenticatedActor(account: account, role: role)
    }

    /// Refuses an actor whose role does not allow `act`.
    func require(_ act: OperatorAct, by actor: AuthenticatedActor) throws {
        guard actor.role != SystemRole.name else { return }
        let roles = try self.roles
        guard roles.role(actor.role)?.allows.contains(act) ?? false else {
            throw DiligenceError(
                .notAllowed, field: .actingRole,
                [
                    "role": actor.role, "act": act.rawValue,
                    "allowed": roles.roles(allowing: act).map(\.id).joined(separator: ", "),
                ])
        }
    }
}

extension DiligenceService {
    /// Whether the actor's role manages accounts (the administrator's pages).
    public func managesAccounts(_ actor: AuthenticatedActor) -> Bool {
        (try? require(.manageAccounts, by: actor)) != nil
    }
}
