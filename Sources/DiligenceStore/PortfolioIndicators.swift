public import DiligenceCore
public import Foundation

/// The harmonized board-report figures, computed from the records for one year (or for today).
/// docs/reports.md ("audit indicators") defines each figure's numerator, denominator and year rule.
public struct PortfolioIndicators: Sendable {
    /// The year asked for; `nil` for the figures as of today.
    public var year: Int?
    /// The day the figures are taken at: 31 December of the year, today for the current year
    /// or when no year is given.
    public var referenceDay: LocalDate
    /// The targets the figures are measured against.
    public var targets: IndicatorTargets
    /// Partners registered on or before the reference day: the denominator of the partner shares.
    public var partners = 0
    /// Of those, partners that need an assessment: all but those with no contact with
    /// beneficiaries. The denominator of the share assessed.
    public var partnersRequiringAssessment = 0
    /// Of those, partners whose last final determination was made on or before the reference day
    /// and is still valid on it.
    public var partnersAssessed = 0
    /// Partners at each capacity level or status, by its name (every name present, zeros too).
    public var capacity: [String: Int] = Dictionary(
        uniqueKeysWithValues: PartnerFact.capacityNames.map { ($0, 0) })
    /// Partners with a current agreement whose clauses were reviewed.
    public var agreements = 0
    /// Of those, agreements with every mandatory clause confirmed or waived.
    public var agreementsWithAllClauses = 0
    /// Personnel in scope, over the partners whose personnel is recorded.
    public var personnelInScope = 0
    /// Of those, personnel trained within the renewal period.
    public var personnelTrained = 0
    /// Partners whose training coverage is recorded.
    public var partnersWithTrainingRecorded = 0
    /// Of those, partners whose coverage reaches their training policy's requirement.
    public var partnersMeetingTrainingRequirement = 0
    /// The allegation figures.
    public var allegations = AllegationFigures()

    /// Creates empty figures for a year (or today) at its reference day.
    public init(year: Int?, referenceDay: LocalDate, targets: IndicatorTargets) {
        self.year = year
        self.referenceDay = referenceDay
        self.targets = targets
    }

    /// `part` out of `whole` as a share from 0 to 1; `nil` when `whole` is zero.
    public static func share(_ part: Int, of whole: Int) -> Decimal? {
        whole > 0 ? Decimal(part) / Decimal(whole) : nil
    }

    /// The share of partners assessed; `nil` when no partner needs an assessment.
    public var partnersAssessedShare: Decimal? {
        Self.share(partnersAssessed, of: partnersRequiringAssessment)
    }

    /// The share of personnel trained; `nil` without recorded personnel.
    public var personnelTrainedShare: Decimal? { Self.share(personnelTrained, of: personnelInScope) }

    /// Whether the share of partners assessed reaches its target; `nil` when no partner needs one.
    public var partnersAssessedOnTarget: Bool? {
        partnersRequiringAssessment > 0
            ? Decimal(partnersAssessed) >= targets.partnersAssessed * Decimal(partnersRequiringAssessment)
            : nil
    }

    /// Whether the share of personnel trained reaches its target; `nil` without recorded personnel.
    public var personnelTrainedOnTarget: Bool? {
        personnelInScope > 0
            ? Decimal(personnelTrained) >= targets.personnelTrained * Decimal(personnelInScope) : nil
    }
}
