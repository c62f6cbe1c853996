import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// The allegation cases (of one partner, with one status) as `actor` may see them: with the
    /// fields its role reads, limited to its own partners when its role is; totals under the
    /// small-cell rule for a role that reads aggregates only. Refused for a role that reads no
    /// allegation data.
    public func allegationCases(
        partner: String? = nil, status: String? = nil, by actor: AuthenticatedActor
    ) async throws -> AllegationListing {
        let confidentiality = definitions.confidentiality
        let classes = confidentiality.classes(readBy: actor.role)
        guard !classes.isEmpty else {
            throw DiligenceError(.readsNoAllegations, field: .actingRole, ["role": actor.role])
        }
        if let status { try checkCaseStatus(status) }
        if let partner {
            _ = try store.partner(partner)
            try store.checkPartnerScope(partner, actor: actor.actor, confidentiality: confidentiality)
        }
        let visible = try store.visiblePartners(for: actor.actor, confidentiality: confidentiality)
        let cases = try store.allegationCases(partner: partner).filter { entry in
            (status.map { entry.status == $0 } ?? true) && (visible?.contains(entry.record.partner) ?? true)
        }
        guard classes.contains(.case) else { return .totals(AllegationTotals(cases)) }
        return .cases(
            cases.map { AllegationCaseView($0, role: actor.role, confidentiality: confidentiality) },
            unassigned: visible?.isEmpty ?? false)
    }

    /// One case as `actor` may see it. With `restricted`, the restricted details are opened with
    /// the key from `keyFile` for a role that reads them, and the read is logged (a refused
    /// attempt too, with its reason), by `command`.
    public func allegationCase(
        _ id: String, restricted: Bool, keyFile: AllegationKeyFile, command: String,
        by actor: AuthenticatedActor
    ) async throws -> AllegationCaseView {
        let confidentiality = definitions.confidentiality
        if restricted {
            let entry = try store.readRestricted(
                id, actor: actor.actor, keyFile: keyFile, command: command, confidentiality: confidentiality,
                now: clock())
            return AllegationCaseView(entry, role: actor.role, confidentiality: confidentiality)
        }
        let entry = try readableCase(id, by: actor)
        return AllegationCaseView(entry, role: actor.role, confidentiality: confidentiality)
    }

    /// The case `id` when `actor`'s role reads case fields and, for a role limited to its own
    /// partners, follows the case's partner.
    func readableCase(_ id: String, by actor: AuthenticatedActor) throws -> AllegationCase {
        let confidentiality = definitions.confidentiality
        guard !confidentiality.classes(readBy: actor.role).isEmpty else {
            throw DiligenceError(.readsNoAllegations, field: .actingRole, ["role": actor.role])
        }
        guard confidentiality.role(actor.role, reads: .case) else {
            throw StoreError.caseRefused(role: actor.role, readers: confidentiality.roles(reading: .case))
        }
        let entry = try store.allegationCase(id)
        try store.checkCaseScope(entry, actor: actor.actor, confidentiality: confidentiality)
        return entry
    }

    /// The statuses a case can have: the states of its workflow's `case` region.
    public var caseStatuses: [String] {
        guard let workflow = definitions.workflow(forSubject: AllegationKind.kind.subject) else { return [] }
        return workflow.states.filter { $0.parent.map { workflow.states[$0].id == "case" } ?? false }.map(
            \.id)
    }

    private func checkCaseStatus(_ status: String) throws {
        let known = caseStatuses
        guard !known.isEmpty, !known.contains(status) else { return }
        var values = ["value": status, "known": known.joined(separator: ", ")]
        values["suggestion"] = Suggestion.closest(to: status, among: known)
        throw DiligenceError(.invalidValue, field: .caseStatus, values)
    }
}
