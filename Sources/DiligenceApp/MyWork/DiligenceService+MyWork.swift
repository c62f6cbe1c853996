import DiligenceCore
import DiligenceStore
import Foundation

extension DiligenceService {
    /// What waits on `actor`: every record of the partners it follows whose next step its role
    /// may take now, overdue first, then soonest due. The partners it follows are its own (a
    /// partner's staff), those assigned to it, else those of its scope's countries, else every
    /// partner. A step waiting is an event of a current state itself, not one an enclosing state
    /// always accepts (closing or suspending a partner is always possible and waits on nobody).
    public func myWork(by actor: AuthenticatedActor) async throws -> [WorkItem] {
        try await myWorkList(by: actor).items
    }

    /// How many records wait on `actor`: the count of ``myWork(by:)``, which every page's
    /// navigation shows. Counted without making and sorting the list, unless the list is already
    /// made at this head of the log (a manager's work holds most of the portfolio's records).
    public func myWorkCount(by actor: AuthenticatedActor) async throws -> Int {
        let head = try logHead()
        let key = Self.workKey(actor)
        if let kept: [WorkItem] = viewCache.kept(key, head: head) { return kept.count }
        return try viewCache.view(key + "|count", head: head) {
            let followed = try followed(by: actor, head: head)
            let cases = try allegationScope(of: actor)
            return try workCandidates(head: head).count { waiting($0, on: actor, followed, cases) != nil }
        }
    }

    /// ``myWork(by:)`` with the key of the view (see ``WorkList``).
    public func myWorkList(by actor: AuthenticatedActor) async throws -> WorkList {
        let now = clock()
        let head = try logHead()
        let key = Self.workKey(actor)
        // Made once per head, most urgent first: the overdue records are the first ones (each due
        // before the others), so the clock only moves the end of that run. The list is flagged
        // again only when a deadline has passed, not on every request or every minute.
        let kept = try viewCache.view(key, head: head) { try work(of: actor, now: now, head: head) }
        let overdue = Self.overdueCount(kept, now: now)
        let items =
            Self.overdueCount(flagged: kept) == overdue
            ? kept
            : try viewCache.view("\(key)|overdue:\(overdue)", head: head) {
                kept.enumerated().map { index, item in
                    var item = item
                    item.isOverdue = index < overdue
                    return item
                }
            }
        return WorkList(items: items, viewKey: "\(key)|\(head)|\(overdue)")
    }

    /// How many of `items` (most urgent first) are due before `now`: they come first.
    private static func overdueCount(_ items: [WorkItem], now: Date) -> Int {
        var (low, high) = (0, items.count)
        while low < high {
            let middle = (low + high) / 2
            if let due = items[middle].dueAt, due < now { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// How many of `items` (most urgent first) are flagged overdue: they come first.
    private static func overdueCount(flagged items: [WorkItem]) -> Int {
        var (low, high) = (0, items.count)
        while low < high {
            let middle = (low + high) / 2
            if items[middle].isOverdue { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The key of an account's work among the views.
    private static func workKey(_ actor: AuthenticatedActor) -> String {
        "work|\(actor.account.name)|\(actor.role)"
    }

    /// The events of `candidate` that wait on `actor`, or `nil` when none does: a record of a
    /// partner it follows (`followed`), a case only where it sees cases (`cases`).
    private func waiting(
        _ candidate: WorkCandidate, on actor: AuthenticatedActor, _ followed: Set<String>,
        _ cases: (String) -> Bool
    ) -> [String]? {
        guard followed.contains(candidate.partner) else { return nil }
        if candidate.kind == AllegationKind.kind.subject, !cases(candidate.partner) { return nil }
        let events = candidate.steps.filter { $0.roles.contains(actor.role) }.map(\.event)
        return events.isEmpty ? nil : events
    }

    /// The partners `actor` follows at `head` (see ``myWork(by:)``).
    private func followed(by actor: AuthenticatedActor, head: Int) throws -> Set<String> {
        followed(try visiblePortfolio(actor, head: head).summaries, by: actor)
    }

    private func work(of actor: AuthenticatedActor, now: Date, head: Int) throws -> [WorkItem] {
        let summaries = try visiblePortfolio(actor, head: head).summaries
        let candidates = try workCandidates(head: head)
        let followed = followed(summaries, by: actor)
        var risk: [String: String] = [:]
        for partner in summaries where followed.contains(partner.id) {
            if (partner.openFlags["red"] ?? 0) > 0 {
                risk[partner.id] = "red"
            } else if let level = partner.openFlags.keys.sorted().first {
                risk[partner.id] = level
            }
        }
        let cases = try allegationScope(of: actor)
        let items = candidates.compactMap { candidate -> WorkItem? in
            guard let events = waiting(candidate, on: actor, followed, cases) else { return nil }
            return WorkItem(
                subject: candidate.subject, kind: candidate.kind, partner: candidate.partner,
                partnerName: candidate.partnerName, standing: candidate.standing, events: events,
                dueAt: candidate.dueAt, isOverdue: candidate.dueAt.map { $0 < now } ?? false,
                riskLevel: risk[candidate.partner])
        }
        return items.sorted { a, b in
            if a.isOverdue != b.isOverdue { return a.isOverdue }
            switch (a.dueAt, b.dueAt) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.subject < b.subject
            }
        }
    }

    /// Whether `actor` sees the cases of a partner: its role reads case fields and, for a role
    /// limited to its own partners, it is assigned to the partner.
    private func allegationScope(of actor: AuthenticatedActor) throws -> (String) -> Bool {
        let confidentiality = definitions.confidentiality
        guard confidentiality.role(actor.role, reads: .case) else { return { _ in false } }
        guard let visible = try store.visiblePartners(for: actor.actor, confidentiality: confidentiality)
        else { return { _ in true } }
        return { visible.contains($0) }
    }

    /// The partners an account follows (see ``myWork(by:)``), among those it may see.
    private func followed(_ summaries: [PartnerSummary], by actor: AuthenticatedActor) -> Set<String> {
        if isPartnerRole(actor.role) { return Set(summaries.map(\.id)) }
        let assigned = summaries.filter { $0.officers.contains(actor.account.name) }
        if !assigned.isEmpty { return Set(assigned.map(\.id)) }
        if !actor.account.scope.isEmpty {
            let scope = Set(actor.account.scope)
            return Set(summaries.filter { scope.contains($0.country) }.map(\.id))
        }
        return Set(summaries.map(\.id))
    }
}
