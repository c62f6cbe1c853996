import DiligenceCore
import DiligenceStore

extension DiligenceService {
    /// The active accounts that hold `role` for `partner`: UN staff whose scope includes the
    /// partner's country ("the focal points of a partner"), or the partner's own staff for a
    /// partner role. Who a notification about the partner reaches.
    public func accounts(holding role: String, for partner: String) async throws -> [AccountView] {
        let record = try store.partner(partner)
        return try store.accounts().filter { account in
            guard account.isActive, account.holds(role) else { return false }
            if isPartnerRole(role) { return account.partner == partner }
            return account.covers(country: record.country)
        }.map(AccountView.init)
    }
}
