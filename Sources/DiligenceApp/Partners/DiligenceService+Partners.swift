import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// The partners `actor` may see, filtered, sorted and paged by `query`: a partner's own staff
    /// see their partner only; UN staff see the portfolio.
    public func partnerList(_ query: PartnerQuery, by actor: AuthenticatedActor) async throws -> PartnerList {
        let head = try logHead()
        let visible = try visiblePortfolio(actor, head: head)
        let matching = try viewCache.view("list|\(visibleKey(actor))|\(query.key)", head: head) {
            query.sorted(visible.summaries.filter(query.admits))
        }
        let size = query.pageSize ?? max(matching.count, 1)
        let pages = max(1, (matching.count + size - 1) / size)
        let page = min(max(query.page, 1), pages)
        let rows = Array(matching.dropFirst((page - 1) * size).prefix(size))
        return PartnerList(
            partners: rows, total: matching.count, page: page, pages: pages,
            countries: visible.countries, capacities: visible.capacities,
            types: PartnerType.allCases.map(\.rawValue),
            viewKey: "\(head)|\(visibleKey(actor))|\(query.key)|\(page)|\(size)")
    }

    /// The partner page, for an account that may see the partner (else refused as unknown).
    public func partnerPage(_ id: String, by actor: AuthenticatedActor) async throws -> PartnerPage {
        try checkRecord(id, visibleTo: actor)
        // What the page shows depends on the partner's records and the role acting; it is kept
        // while the log's head does not move.
        let head = try logHead()
        // The training coverage counts the trainings still valid today: a new day is a new page.
        let key = "partner-page|\(id)|\(actor.role)|\(LocalDate(clock()))"
        var page = try viewCache.view(key, head: head) { try makePartnerPage(id, by: actor) }
        page.viewKey = "\(key)|\(head)"
        return page
    }

    private func makePartnerPage(_ id: String, by actor: AuthenticatedActor) throws -> PartnerPage {
        let partner = try store.partner(id)
        let instance = try store.instance(partner.id)
        let definition = definitions.workflows[instance.workflow]
        let flags = try store.flags(partner: partner.id, openOnly: true)
        let summary = summary(
            partner, snapshot: instance.snapshot, definition: definition, flags: flags,
            officers: try store.officers(of: partner.id).map(\.officer))
        let facts =
            definition?.fields.map { field in
                PartnerPage.Fact(
                    path: field.path, description: field.description,
                    value: instance.snapshot.context[field.path])
            } ?? []
        var actions: [WorkflowDefinition.AvailableEvent] = []
        var others: [WorkflowDefinition.AvailableEvent] = []
        if let definition,
            let running = try? instance.snapshot.instance(subject: partner.id, definition: definition)
        {
            for event in definition.availableEvents(for: running) {
                if event.roles.isEmpty || event.roles.contains(actor.role) {
                    actions.append(event)
                } else {
                    others.append(event)
                }
            }
        }
        func line(_ id: String, _ instance: InstanceRecord) -> PartnerPage.RecordLine {
            PartnerPage.RecordLine(
                id: id, standing: Self.standing(instance.snapshot, definitions.workflows[instance.workflow]),
                updatedAt: instance.updatedAt)
        }
        let assessments = try store.assessments(partner: partner.id).map { line($0.id, $0.instance) }
        let agreements = try store.agreements(partner: partner.id).map { line($0.id, $0.instance) }
        return PartnerPage(
            summary: summary, workflow: instance.workflow, facts: facts,
            deadlines: try store.deadlines(partner.id, pendingOnly: true), flags: flags,
            assessments: assessments.reversed(), agreements: agreements.reversed(),
            history: try visibleHistory(partner.id, by: actor).reversed(),
            actions: actions, othersActions: others,
            trainingCoverage: try store.training(partner: partner.id).map {
                $0.record.coverage(on: LocalDate(clock())).policyScope
            })
    }

    /// Sends an event to a record the actor may see, as the actor; the engine's refusal (a rule,
    /// a role, a red flag) comes back as the store's error.
    @discardableResult
    public func send(
        _ event: String, to subject: String, data: [(field: String, value: String)],
        by actor: AuthenticatedActor
    ) async throws -> SendResult {
        try checkRecord(subject, visibleTo: actor)
        return try store.send(
            subject: subject, event: event, assignments: data, actor: actor.actor, definitions: definitions,
            now: clock())
    }

    /// Where a record stands: the path of each current leaf state.
    static func standing(_ snapshot: InstanceSnapshot?, _ definition: WorkflowDefinition?) -> [String] {
        guard let snapshot else { return [] }
        return definition?.standing(activeStates: snapshot.activeStates) ?? snapshot.activeStates
    }

    /// Makes the portfolio's summaries, every record's work waiting and every flag ahead of the
    /// first page that needs them (a server starting): they are then carried from head to head,
    /// made again only for the partners a write touched.
    public func prepareViews() async throws {
        let head = try logHead()
        _ = try portfolio(head: head)
        _ = try workCandidates(head: head)
        _ = try everyFlag(head: head)
    }

    /// Every partner's summary at the log's `head`, made once per head: those of the partners
    /// the events since the last head touched made again, the others carried over.
    func portfolio(head: Int) throws -> Portfolio {
        try viewCache.view("portfolio", head: head) {
            Portfolio(
                try keptSummaries.values(
                    at: head, changed: partnersChanged, make: partnerSummary, all: allSummaries))
        }
    }

    /// The partners the events after `kept` touched, or `nil` when there are too many of those
    /// events to carry the values kept at `kept` over (see ``KeptPerPartner``).
    func partnersChanged(after kept: Int) throws -> Set<String>? {
        try store.partnersChanged(after: kept, limit: KeptPerPartner<PartnerSummary>.carriedEvents)
    }

    /// One partner's summary.
    private func partnerSummary(_ id: String) throws -> PartnerSummary {
        let partner = try store.partner(id)
        let instance = try? store.instance(id)
        return summary(
            partner, snapshot: instance?.snapshot,
            definition: definitions.workflow(forSubject: PartnerKind.kind.subject),
            flags: try store.flags(partner: id, openOnly: true).filter { $0.inheritedFrom == nil },
            officers: try store.officers(of: id).map(\.officer))
    }

    /// The partners `actor` may see at `head`: a partner's own staff, their partner only.
    func visiblePortfolio(_ actor: AuthenticatedActor, head: Int) throws -> Portfolio {
        let portfolio = try self.portfolio(head: head)
        guard isPartnerRole(actor.role) else { return portfolio }
        return try viewCache.view("portfolio|" + visibleKey(actor), head: head) {
            Portfolio(portfolio.summaries.filter { $0.id == actor.account.partner })
        }
    }

    /// What decides the partners an account sees: its partner for a partner's staff, else all.
    private func visibleKey(_ actor: AuthenticatedActor) -> String {
        isPartnerRole(actor.role) ? "partner:" + (actor.account.partner ?? "") : "all"
    }

    private func allSummaries() throws -> [PartnerSummary] {
        let partners = try store.partners()
        let instances = try store.partnerInstances()
        let lifecycle = definitions.workflow(forSubject: PartnerKind.kind.subject)
        let flags = Dictionary(grouping: try store.flags(openOnly: true), by: \.partner)
        let officers = try store.officersByPartner()
        return partners.map { partner in
            summary(
                partner, snapshot: instances[partner.id], definition: lifecycle,
                flags: flags[partner.id] ?? [],
                officers: officers[partner.id] ?? [])
        }
    }

    private func summary(
        _ partner: PartnerRecord, snapshot: InstanceSnapshot?, definition: WorkflowDefinition?,
        flags: [FlagEntry], officers: [String]
    ) -> PartnerSummary {
        var levels: [String: Int] = [:]
        for flag in flags where flag.isOpen { levels[flag.level, default: 0] += 1 }
        return PartnerSummary(
            id: partner.id, name: partner.name, country: partner.country, type: partner.type.rawValue,
            standing: Self.standing(snapshot, definition), isComplete: snapshot?.isComplete ?? false,
            capacity: snapshot?.context[PartnerKind.capacityLevel.name]?.stringValue, openFlags: levels,
            officers: officers,
            registeredAt: partner.registeredAt)
    }
}
