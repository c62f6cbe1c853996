public import DiligenceCore
public import Foundation

extension PartnerFactValues {
    /// A partner no shipped risk rule flags, on the day of `now`: full capacity, assessed a year
    /// before, nothing overdue, missing or alleged, everyone trained.
    public static func healthy(now: Date) -> PartnerFactValues {
        let today = LocalDate(now).daysSinceEpoch
        var facts = PartnerFactValues(now: now)
        facts.capacity = .rated(.full)
        facts.assessmentFinalOn = LocalDate(daysSinceEpoch: today - 365)
        facts.assessmentExpiresOn = LocalDate(daysSinceEpoch: today + 4 * 365)
        facts.planItemsOverdue = 0
        facts.planOverdue = false
        facts.mandatoryClausesMissing = 0
        facts.mandatoryClausesWaived = 0
        facts.trainingCoverage = 1
        facts.trainingCoverageRequired = 1
        facts.trainingRenewalOverdue = false
        facts.openAllegations = 0
        facts.substantiatedAllegations = 0
        facts.lateAllegationReports = 0
        return facts
    }
}
