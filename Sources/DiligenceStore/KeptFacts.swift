import DiligenceCore
import Foundation

/// The facts and open flags partners' last refreshes kept (``RefreshHorizon``), read on one day:
/// they hold when they were computed under the current basis, on or before the day, and the day
/// is before the one they are next due on (``RiskRow`` reads them only then). Each distinct line
/// of facts, and of flags, is parsed once (many partners share one).
struct KeptFacts {
    private let now: Date
    private let basisHolds: Bool
    private var parsedFacts: [String: PartnerFactValues?] = [:]
    private var parsedFlags: [String: OpenFlags?] = [:]

    init(now: Date, basisHolds: Bool) {
        self.now = now
        self.basisHolds = basisHolds
    }

    /// The facts and flags `kept` for a partner, when they hold on the day.
    mutating func facts(_ kept: RiskRow.Kept?) -> (facts: PartnerFactValues, flags: OpenFlags)? {
        guard basisHolds, let kept, let flagsText = kept.flags else { return nil }
        let now = now
        let facts = parsedFacts.memo(kept.facts) { PartnerFactValues(storedText: $0, now: now) }
        let flags = parsedFlags.memo(flagsText) { OpenFlags(storedText: $0) }
        guard let facts, let flags else { return nil }
        return (facts, flags)
    }
}
