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
}
