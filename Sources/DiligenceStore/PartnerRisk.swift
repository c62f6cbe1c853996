public import DiligenceCore
import Foundation

/// One partner's line in the managers' risk report: who it is, where its lifecycle stands, and
/// what its records say about its risk. Built from the partner's facts (the same values its
/// lifecycle's guards read) and, where a fact is not enough, from its open flags by level.
public struct PartnerRisk: Sendable {
    /// The partner.
    public var partner: PartnerRecord
    /// The ids of its lifecycle's active states, outermost first (`nil` only for a partner whose
    /// instance is missing).
    public var activeStates: [String]?
    /// Where its lifecycle stands: the path of each current leaf state, under the lifecycle the
    /// report was made with; `nil` when it was made without one, or the lifecycle no longer has
    /// one of the states.
    public var standing: [String]?
    /// Its facts on the report's day.
    public var facts: PartnerFactValues
    /// Its open flags, counted by level (a level without flags is absent): its own and those it
    /// inherits from its headquarters record.
    public var openFlags: [FlagLevel: Int]
    /// Of those, the ones it inherits from its headquarters record (counted in the totals on the
    /// headquarters' line only).
    public var inheritedFlags: [FlagLevel: Int]
    /// The report's day.
    public var today: LocalDate

    /// Creates a line.
    public init(
        partner: PartnerRecord, activeStates: [String]?, standing: [String]? = nil,
        facts: PartnerFactValues, openFlags: [FlagLevel: Int], inheritedFlags: [FlagLevel: Int] = [:],
        today: LocalDate
    ) {
        self.partner = partner
        self.activeStates = activeStates
        self.standing = standing
        self.facts = facts
        self.openFlags = openFlags.merging(inheritedFlags, uniquingKeysWith: +)
        self.inheritedFlags = inheritedFlags
        self.today = today
    }

    /// Creates a line with its open flags counted already.
    init(
        partner: PartnerRecord, activeStates: [String]?, standing: [String]?, facts: PartnerFactValues,
        flags: OpenFlags, today: LocalDate
    ) {
        self.partner = partner
        self.activeStates = activeStates
        self.standing = standing
        self.facts = facts
        openFlags = flags.total
        inheritedFlags = flags.inherited
        self.today = today
    }

    /// The capacity level or status; `not_assessed` when nothing says otherwise.
    public var capacity: CapacityStanding { facts.capacity ?? .notAssessed }

    /// Days since the last final determination of capacity; `nil` before the first.
    public var assessmentAgeDays: Int? {
        facts.assessmentFinalOn.map { today.daysSinceEpoch - $0.daysSinceEpoch }
    }

    /// Whether the last final determination is still valid today.
    public var isAssessed: Bool {
        guard let finalOn = facts.assessmentFinalOn, finalOn <= today else { return false }
        return facts.assessmentExpiresOn.map { $0 > today } ?? true
    }

    /// Open flags at one level.
    public func openFlags(_ level: FlagLevel) -> Int { openFlags[level] ?? 0 }

    /// Open allegation cases involving the partner's personnel (a count; never their details).
    public var openAllegations: Int { facts.openAllegations ?? 0 }

    /// Whether a valid red flag locks the partner.
    public var isLocked: Bool { (facts.openRedFlags ?? 0) > 0 }

    /// The training coverage band; `nil` until personnel is recorded.
    public var trainingBand: CoverageBand? { facts.trainingCoverage.map { CoverageBand(share: $0) } }

    /// Whether the training coverage reaches the share the training policy requires; `nil` until
    /// personnel is recorded.
    public var meetsTrainingRequirement: Bool? {
        guard let coverage = facts.trainingCoverage else { return nil }
        return coverage >= (facts.trainingCoverageRequired ?? 1)
    }
}
