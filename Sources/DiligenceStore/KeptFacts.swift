import DiligenceCore
import Foundation

/// The facts partners' last refreshes kept (``RefreshHorizon``), read on one day: they hold
/// when they were computed under the current basis, on or before the day, and the day is before
/// the one they are next due on. Each distinct line of facts is parsed once (many partners share
/// one).
struct KeptFacts {
    private let day: String
    private let now: Date
    private let basisHolds: Bool
    private var parsed: [String: PartnerFactValues] = [:]

    init(today: LocalDate, now: Date, basisHolds: Bool) {
        day = today.description
        self.now = now
        self.basisHolds = basisHolds
    }

    /// The facts `kept` for a partner, when they hold on the day.
    mutating func facts(_ kept: (dueOn: String, computedOn: String, facts: String)?) -> PartnerFactValues? {
        guard basisHolds, let kept, kept.computedOn <= day, day < kept.dueOn else { return nil }
        if let facts = parsed[kept.facts] { return facts }
        let facts = PartnerFactValues(storedText: kept.facts, now: now)
        parsed[kept.facts] = facts
        return facts
    }
}
