import DiligenceCore
public import DiligenceStore

extension DiligenceService {
    /// The flags the account may see that match `query`, by id. "Only mine" keeps the flags the
    /// account raised itself; the origin tells a rule's flags (raised under the engine's role)
    /// from a person's.
    public func flags(_ query: FlagQuery, by actor: AuthenticatedActor) async throws -> [FlagEntry] {
        try await flags(partner: query.partner, openOnly: query.openOnly, level: query.level, by: actor)
            .filter { matches($0, query, actor) }
    }

    /// The first `limit` of the flags ``flags(_:by:)`` gives, and how many it gives in all: a page
    /// of the list, made without copying every flag of the portfolio.
    public func flags(_ query: FlagQuery, first limit: Int, by actor: AuthenticatedActor) async throws -> (
        total: Int, flags: [FlagEntry]
    ) {
        guard query.partner == nil else {
            let flags = try await flags(query, by: actor)
            return (flags.count, Array(flags.prefix(limit)))
        }
        var (total, shown) = (0, [FlagEntry]())
        for flag in try everyFlag(head: try logHead())
        where Self.flag(flag, isOpen: query.openOnly, at: query.level) && mayRead(flag, actor)
            && matches(flag, query, actor)
        {
            total += 1
            if shown.count < limit { shown.append(flag) }
        }
        return (total, shown)
    }

    /// Whether `flag` has the category, origin and raiser `query` asks for.
    private func matches(_ flag: FlagEntry, _ query: FlagQuery, _ actor: AuthenticatedActor) -> Bool {
        (query.category.map { flag.category == $0.rawValue } ?? true)
            && (query.origin.map { ($0 == .rule) == (flag.rule != nil) } ?? true)
            && (!query.onlyMine
                || (flag.raisedBy.user == actor.account.name && flag.raisedBy.role != SystemRole.name))
    }

    /// The roles that decide escalated flags: those the flag workflow lets confirm or defer.
    public var flagReviewerRoles: [String] {
        guard let workflow = definitions.workflow(forSubject: FlagKind.kind.subject) else { return [] }
        var roles: [String] = []
        let decisions = [FlagDecision.confirm.event, FlagDecision.defer.event]
        for transition in workflow.states.flatMap(\.transitions)
        where decisions.contains(transition.event ?? "") {
            for role in transition.roles ?? [] where role != SystemRole.name && !roles.contains(role) {
                roles.append(role)
            }
        }
        return roles
    }

    /// Whether the account's role may raise flags (the flag workflow's `started_by`).
    public func mayRaiseFlags(_ actor: AuthenticatedActor) -> Bool {
        guard let workflow = definitions.workflow(forSubject: FlagKind.kind.subject) else { return false }
        return workflow.startedBy?.contains(actor.role) ?? workflow.roles.contains { $0.id == actor.role }
    }

    /// The reviewer's queue: escalated flags waiting for a decision, oldest change first. Only
    /// the roles that decide escalated flags see it; any other role is refused with those roles.
    public func escalatedFlags(by actor: AuthenticatedActor) async throws -> [FlagEntry] {
        let reviewers = flagReviewerRoles
        guard reviewers.contains(actor.role) else {
            throw DiligenceError(
                .notAllowed, field: .actingRole,
                [
                    "role": actor.role, "act": "review_escalated_flags",
                    "allowed": reviewers.joined(separator: ", "),
                ])
        }
        // Every page of a reviewer counts the queue: read once per head of the log, and only the
        // flags in the escalated state (not through every flag of the portfolio, as the list).
        let queue = try viewCache.view("escalated", head: try logHead()) {
            try store.flags(openOnly: true, level: .escalated)
        }
        return flags(of: queue, visibleTo: actor).sorted {
            ($0.updatedAt, $0.id) < ($1.updatedAt, $1.id)
        }
    }

    /// The decisions the account may take on a flag now, and those waiting on other roles (the
    /// flag workflow's events from where the flag stands); a guarded one may still be refused,
    /// except escalation, left out once the flag was escalated (a flag escalates once).
    public func flagDecisions(_ id: String, by actor: AuthenticatedActor) async throws -> (
        mine: [FlagDecision], others: [(decision: FlagDecision, roles: [String])]
    ) {
        try checkRecord(id, visibleTo: actor)
        let instance = try store.instance(id)
        guard let definition = definitions.workflows[instance.workflow],
            let running = try? instance.snapshot.instance(subject: id, definition: definition)
        else { return ([], []) }
        let escalated = (try store.flag(id).context[FlagKind.escalations.name]?.intValue ?? 0) > 0
        var mine: [FlagDecision] = []
        var others: [(decision: FlagDecision, roles: [String])] = []
        for event in definition.availableEvents(for: running) {
            guard let decision = FlagDecision(rawValue: event.event), !(decision == .escalate && escalated)
            else { continue }
            if !isPartnerRole(actor.role), event.roles.isEmpty || event.roles.contains(actor.role) {
                mine.append(decision)
            } else {
                others.append((decision, event.roles))
            }
        }
        return (mine, others)
    }
}
