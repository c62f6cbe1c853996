import DiligenceCore
import DiligenceStore
import Foundation

extension DiligenceService {
    /// Every record with a step waiting at the log's `head`, whoever asks: made from every
    /// partner's records once, then carried from head to head with only the partners the events in
    /// between touched made again (a sign-in, or a step on one record, remakes one partner's work
    /// at most, not the portfolio's).
    func workCandidates(head: Int) throws -> [WorkCandidate] {
        try keptItems(
            "candidates", in: keptWork, head: head, partner: \.partner,
            one: { workCandidates(from: try .of(partner: $0, in: store)) },
            every: { workCandidates(from: try .all(in: store)) })
    }

    /// The partners and records of `sources` with a step waiting.
    private func workCandidates(from sources: WorkSources) -> [WorkCandidate] {
        var due: [String: Date] = [:]
        for deadline in sources.deadlines {
            due[deadline.subject] = min(due[deadline.subject] ?? deadline.dueAt, deadline.dueAt)
        }
        let names = Dictionary(uniqueKeysWithValues: sources.partners.map { ($0.id, $0.name) })
        var candidates: [WorkCandidate] = []
        func consider(
            _ subject: String, kind: String, partner: String, snapshot: InstanceSnapshot, workflow: String
        ) {
            guard let definition = definitions.workflows[workflow],
                let running = try? snapshot.instance(subject: subject, definition: definition)
            else { return }
            let own = Set(
                running.configuration.indices.filter { $0 != 0 && definition.states[$0].children.isEmpty }
                    .flatMap { definition.states[$0].transitions.compactMap(\.event) })
            let steps = definition.availableEvents(for: running).filter { own.contains($0.event) }
                .map { (event: $0.event, roles: $0.roles) }
            guard !steps.isEmpty else { return }
            candidates.append(
                WorkCandidate(
                    subject: subject, kind: kind, partner: partner, partnerName: names[partner] ?? partner,
                    standing: Self.standing(snapshot, definition), steps: steps, dueAt: due[subject]))
        }
        if let lifecycle = definitions.workflow(forSubject: PartnerKind.kind.subject) {
            for partner in sources.partners {
                guard let snapshot = sources.lifecycles[partner.id] else { continue }
                consider(
                    partner.id, kind: "partner", partner: partner.id, snapshot: snapshot,
                    workflow: lifecycle.id)
            }
        }
        for entry in sources.assessments {
            // One started on another version of its questionnaire goes on only where that version
            // is installed: nothing of it waits here.
            guard
                definitions.questionnaires[entry.record.questionnaire.id]?.hash
                    == entry.record.questionnaire.hash
            else { continue }
            // An open item of a capacity-strengthening plan is due at the end of its day.
            for item in entry.record.planItems where item.isOpen {
                let day = item.due.startOfDay.addingTimeInterval(86_399)
                due[entry.id] = min(due[entry.id] ?? day, day)
            }
            consider(
                entry.id, kind: "assessment", partner: entry.record.partner,
                snapshot: entry.instance.snapshot,
                workflow: entry.instance.workflow)
        }
        // An allegation's partner report deadline counts down in the work of those who see it.
        for entry in sources.cases {
            consider(
                entry.id, kind: AllegationKind.kind.subject, partner: entry.record.partner,
                snapshot: entry.instance.snapshot, workflow: entry.instance.workflow)
        }
        return candidates + agreementCandidates(sources.agreements, names: names, due: due)
    }
}
