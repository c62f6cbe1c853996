import DiligenceCore
import DiligenceStore
import Foundation

extension DiligenceService {
    /// The states in which an agreement waits on someone (see ``agreementCandidates(_:names:due:)``):
    /// only the agreements in one of them are read for my work.
    static let agreementWaitingStates = [
        AgreementKind.amendmentRequested.name, AgreementKind.imported.name, AgreementKind.underReview.name,
    ]

    /// The `agreements` with a step waiting, for my work: one imported or under review waits on
    /// the roles that review it (start the review; decide each mandatory clause not yet decided;
    /// clear it once all are); one whose amendment was requested waits on the roles that import
    /// the amended version.
    func agreementCandidates(_ agreements: [AgreementEntry], names: [String: String], due: [String: Date])
        -> [WorkCandidate]
    {
        agreements.compactMap { entry in
            guard let definition = definitions.workflows[entry.instance.workflow],
                let running = try? entry.instance.snapshot.instance(subject: entry.id, definition: definition)
            else { return nil }
            let active = Set(entry.instance.snapshot.activeStates)
            let wanted: Set<String> =
                if active.contains(AgreementKind.amendmentRequested.name) {
                    [AgreementKind.importVersion.name]
                } else if active.contains(AgreementKind.imported.name) {
                    [AgreementKind.startReview.name]
                } else if active.contains(AgreementKind.underReview.name) {
                    entry.record.mandatoryUnresolved.isEmpty
                        ? [AgreementKind.clear.name] : AgreementKind.clauseDecisions
                } else {
                    []
                }
            let steps = definition.availableEvents(for: running).filter { wanted.contains($0.event) }
                .map { (event: $0.event, roles: $0.roles) }
            guard !steps.isEmpty else { return nil }
            return WorkCandidate(
                subject: entry.id, kind: "agreement", partner: entry.record.partner,
                partnerName: names[entry.record.partner] ?? entry.record.partner,
                standing: Self.standing(entry.instance.snapshot, definition), steps: steps,
                dueAt: due[entry.id])
        }
    }
}
