import DiligenceCore
import DiligenceStore

extension DiligenceService {
    /// The active accounts that hold `role` for `partner`: UN staff whose scope includes the
    /// partner's country ("the focal points of a partner"), or the partner's own staff for a
    /// partner role. Who a notification about the partner reaches.
    public func accounts(holding role: String, for partner: String) async throws -> [AccountView] {
        try notificationRecipients(role: role, partner: partner).filter(\.isActive).map(AccountView.init)
    }

    /// Every account, active or not, that holds `role` for `partner` (`nil`: a record of no
    /// partner, reaching every holder of the role): the partner's own staff for a partner role, the
    /// programme officers assigned to the partner (all holders whose scope covers its country
    /// when none is assigned), and for any other role the holders whose scope includes the
    /// partner's country. Disabled accounts are kept so relaying can show them skipped.
    func notificationRecipients(role: String, partner: String?) throws -> [Account] {
        let holders = try store.accounts().filter { $0.holds(role) }
        guard let partner else { return holders }
        if isPartnerRole(role) { return holders.filter { $0.partner == partner } }
        let record = try store.partner(partner)
        let covering = holders.filter { $0.covers(country: record.country) }
        if role == Self.programmeOfficerRole {
            let assigned = Set(try store.officers(of: partner).map(\.officer))
            let officers = holders.filter { assigned.contains($0.name) }
            if !officers.isEmpty { return officers }
        }
        return covering
    }

    /// The role whose holders are assigned to partners one by one.
    static let programmeOfficerRole = "programme_officer"
}
