import DiligenceCore
import DiligenceStore

extension DiligenceService {
    /// Whether `role` is held by a partner's own staff (`held_by: partner` in the roles file).
    func isPartnerRole(_ role: String) -> Bool {
        definitions.roleCatalogue?.role(role)?.holder == .partner
    }

    /// Refuses a record `actor` may not see: a partner's staff see their own partner's records
    /// only; any other record is refused as if it did not exist, so its id tells them nothing.
    /// Every other account (and the operator reading without an account) passes.
    public func checkRecord(_ subject: String, visibleTo actor: AuthenticatedActor?) throws {
        guard let actor, isPartnerRole(actor.role) else { return }
        guard let own = actor.account.partner, try store.partner(ofRecord: subject) == own else {
            throw StoreError.unknownSubject(subject, suggestion: nil)
        }
    }

    /// Refuses a state that the workflow of `kind` does not have (a filter by state).
    func checkState(_ state: String, of kind: RecordKind) throws {
        guard let workflow = definitions.workflow(forSubject: kind.subject),
            !workflow.states.contains(where: { $0.id == state })
        else { return }
        let names = workflow.states.dropFirst().map(\.id)
        var values = ["value": state, "workflow": workflow.id, "states": names.joined(separator: ", ")]
        values["suggestion"] = Suggestion.closest(to: state, among: names)
        throw DiligenceError(.invalidValue, field: .recordState, values)
    }

    /// Refuses a partner that does not exist or that `actor` may not see (the same refusal).
    func checkPartner(_ partner: String, visibleTo actor: AuthenticatedActor?) throws {
        try checkRecord(partner, visibleTo: actor)
        _ = try store.partner(partner)
    }
}
