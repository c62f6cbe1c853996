public import DiligenceCore

extension DiligenceStore {
    /// The partners whose cases `actor` sees: `nil` for every partner, or the partners the user
    /// is assigned to when the role sees its own partners' cases only.
    public func visiblePartners(
        for actor: Actor, confidentiality: AllegationConfidentiality
    ) throws(StoreError) -> Set<String>? {
        guard confidentiality.seesAssignedPartnersOnly(actor.role) else { return nil }
        return Set(try partners(assignedTo: actor.user))
    }

    /// Refuses a case of a partner the actor is not assigned to, when the actor's role sees its
    /// own partners' cases only. The refusal does not name the partner.
    public func checkCaseScope(
        _ entry: AllegationCase, actor: Actor, confidentiality: AllegationConfidentiality
    ) throws(StoreError) {
        guard let partners = try visiblePartners(for: actor, confidentiality: confidentiality),
            !partners.contains(entry.record.partner)
        else { return }
        throw .caseOutsideAssignment(subject: entry.id, user: actor.user, role: actor.role)
    }

    /// Refuses a partner the actor is not assigned to, when the actor's role sees its own
    /// partners' cases only (`allegation list --partner`).
    public func checkPartnerScope(
        _ partner: String, actor: Actor, confidentiality: AllegationConfidentiality
    ) throws(StoreError) {
        guard let partners = try visiblePartners(for: actor, confidentiality: confidentiality),
            !partners.contains(partner)
        else { return }
        throw .partnerOutsideAssignment(partner: partner, user: actor.user, role: actor.role)
    }
}
