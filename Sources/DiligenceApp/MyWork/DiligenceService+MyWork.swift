import DiligenceCore
import DiligenceStore
import Foundation

extension DiligenceService {
    /// What waits on `actor`: every record of the partners it follows whose next step its role
    /// may take now, soonest due first, then overdue ones on top. The partners it follows are its
    /// own (a partner's staff), those assigned to it, else those of its scope's countries, else
    /// every partner.
    public func myWork(by actor: AuthenticatedActor) async throws -> [WorkItem] {
        let now = clock()
        let partners = try followedPartners(actor)
        guard !partners.isEmpty else { return [] }
        let names = Dictionary(uniqueKeysWithValues: partners.map { ($0.id, $0.name) })
        var due: [String: Date] = [:]
        for deadline in try store.deadlines(nil, pendingOnly: true) {
            due[deadline.subject] = min(due[deadline.subject] ?? deadline.dueAt, deadline.dueAt)
        }
        var risk: [String: String] = [:]
        for flag in try store.flags(openOnly: true) where names[flag.partner] != nil && flag.isValid {
            if risk[flag.partner] != "red" { risk[flag.partner] = flag.level }
        }
        var items: [WorkItem] = []
        func consider(
            _ subject: String, kind: String, partner: String, snapshot: InstanceSnapshot, workflow: String
        ) {
            guard let definition = definitions.workflows[workflow],
                let running = try? snapshot.instance(subject: subject, definition: definition)
            else { return }
            let events = definition.availableEvents(for: running)
                .filter { $0.roles.contains(actor.role) }.map(\.event)
            guard !events.isEmpty else { return }
            let dueAt = due[subject]
            items.append(
                WorkItem(
                    subject: subject, kind: kind, partner: partner, partnerName: names[partner] ?? partner,
                    standing: Self.standing(snapshot, definition), events: events, dueAt: dueAt,
                    isOverdue: dueAt.map { $0 < now } ?? false, riskLevel: risk[partner]))
        }
        let instances = try store.partnerInstances()
        let lifecycle = definitions.workflow(forSubject: "partner")
        for partner in partners {
            guard let snapshot = instances[partner.id], let lifecycle else { continue }
            consider(
                partner.id, kind: "partner", partner: partner.id, snapshot: snapshot, workflow: lifecycle.id)
        }
        // An open item of a capacity-strengthening plan is due at the end of its day.
        let assessments = try store.assessments().filter { names[$0.record.partner] != nil }
        for entry in assessments {
            for item in entry.record.planItems where item.isOpen {
                let day = item.due.startOfDay.addingTimeInterval(86_399)
                due[entry.id] = min(due[entry.id] ?? day, day)
            }
        }
        for entry in assessments {
            consider(
                entry.id, kind: "assessment", partner: entry.record.partner,
                snapshot: entry.instance.snapshot,
                workflow: entry.instance.workflow)
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

    /// The partners an account follows (see ``myWork(by:)``).
    func followedPartners(_ actor: AuthenticatedActor) throws -> [PartnerRecord] {
        let partners = try store.partners()
        if isPartnerRole(actor.role) {
            return partners.filter { $0.id == actor.account.partner }
        }
        let assigned = Set(try store.partners(assignedTo: actor.account.name))
        if !assigned.isEmpty { return partners.filter { assigned.contains($0.id) } }
        if !actor.account.scope.isEmpty {
            let scope = Set(actor.account.scope)
            return partners.filter { scope.contains($0.country) }
        }
        return partners
    }
}
