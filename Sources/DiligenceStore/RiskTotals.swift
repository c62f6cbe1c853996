public import DiligenceCore

/// The risk report's figures added up over a group of partners (one country, one partner type).
public struct RiskTotals: Hashable, Sendable {
    /// The group's key: a country code or a partner type.
    public var key: String
    /// Partners in the group.
    public var partners = 0
    /// Partners whose last final determination is valid on the report's day.
    public var assessed = 0
    /// Partners at each capacity level or status, by its name.
    public var capacity: [String: Int] = [:]
    /// Open flags at each level.
    public var openFlags: [FlagLevel: Int] = [:]
    /// Partners whose current agreement is cleared.
    public var agreementsCleared = 0
    /// Partners whose current agreement lacks or waives mandatory clauses.
    public var agreementsNotCleared = 0
    /// Partners whose training coverage reaches the policy's requirement.
    public var trainingMet = 0
    /// Partners whose training coverage is recorded and falls short of it.
    public var trainingShort = 0
    /// Open allegation cases.
    public var openAllegations = 0
    /// Partners locked by a valid red flag.
    public var locked = 0

    /// Creates empty totals for a group.
    public init(key: String) { self.key = key }

    /// Adds a partner's line.
    public mutating func add(_ line: PartnerRisk) {
        partners += 1
        if line.isAssessed { assessed += 1 }
        capacity[line.capacity.name, default: 0] += 1
        // A flag inherited from a headquarters record counts once, on the headquarters' line.
        for (level, count) in line.openFlags {
            openFlags[level, default: 0] += count - (line.inheritedFlags[level] ?? 0)
        }
        switch line.facts.agreementCleared {
        case true?: agreementsCleared += 1
        case false?: agreementsNotCleared += 1
        case nil: break
        }
        switch line.meetsTrainingRequirement {
        case true?: trainingMet += 1
        case false?: trainingShort += 1
        case nil: break
        }
        openAllegations += line.openAllegations
        if line.isLocked { locked += 1 }
    }

    /// Adds the totals of another group.
    public mutating func add(_ other: RiskTotals) {
        partners += other.partners
        assessed += other.assessed
        capacity.merge(other.capacity, uniquingKeysWith: +)
        openFlags.merge(other.openFlags, uniquingKeysWith: +)
        agreementsCleared += other.agreementsCleared
        agreementsNotCleared += other.agreementsNotCleared
        trainingMet += other.trainingMet
        trainingShort += other.trainingShort
        openAllegations += other.openAllegations
        locked += other.locked
    }
}
