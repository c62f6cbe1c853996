import DiligenceCore
import Foundation

extension AssessmentRows {
    /// Adds what `partner`'s assessments and capacity statuses say to its facts:
    ///
    /// - `capacity_level`: the most recent of its determinations that count (every final one, and
    ///   the preliminary one of a plan still running) and its recorded statuses; `not_assessed`
    ///   when there is none;
    /// - `assessment_final_on`, `assessment_expires_on`: the day of the latest final determination
    ///   and the first day it is no longer valid (the validity of the questionnaire it was made on);
    /// - `plan_items_overdue`, `plan_overdue`: over the plans still running, the open items past
    ///   their due date and whether a plan passed its period (0 and false without a running plan);
    /// - `assessments_open`: assessments under way that have no determination yet (one whose plan
    ///   runs has its preliminary determination and is not counted);
    /// - the days the running plans' facts change with the date (``PartnerFactValues/dateChanges``).
    static func contribute(to facts: inout PartnerFactValues, partner: String, db: any StoreConnection) throws
    {
        let today = LocalDate(facts.now)
        let assessments = try records(partner: partner, db: db)
        var latest: (at: Date, id: String, standing: CapacityStanding)?
        func consider(_ at: Date, _ id: String, _ standing: CapacityStanding) {
            if let current = latest, (at, id) <= (current.at, current.id) { return }
            latest = (at, id, standing)
        }
        var lastFinal: (at: Date, id: String, determination: RecordedDetermination)?
        var overdueItems = 0
        var planOverdue = false
        for assessment in assessments {
            let record = assessment.record
            if let final = record.final {
                consider(final.at, assessment.id, .rated(final.capacity))
                if lastFinal.map({ (final.at, assessment.id) > ($0.at, $0.id) }) ?? true {
                    lastFinal = (final.at, assessment.id, final)
                }
            } else if let preliminary = record.preliminary, !assessment.snapshot.isComplete {
                consider(preliminary.at, assessment.id, .rated(preliminary.capacity))
                overdueItems += record.overduePlanItems(today: today).count
                planOverdue = planOverdue || record.isPlanOverdue(today: today)
                // An open item falls overdue the day after it is due; the plan on its last day.
                for item in record.planItems where item.isOpen {
                    facts.dateChanges.insert(LocalDate(daysSinceEpoch: item.due.daysSinceEpoch + 1))
                }
                facts.dateChanges.insert(preliminary.periodEndsOn)
            }
        }
        for status in try CapacityStatusRows.records(partner: partner, db: db) {
            consider(status.record.at, status.id, status.record.status)
        }
        facts.capacity = latest?.standing ?? .notAssessed
        facts.assessmentFinalOn = lastFinal?.determination.on
        facts.assessmentExpiresOn = lastFinal?.determination.periodEndsOn
        facts.planItemsOverdue = overdueItems
        facts.planOverdue = planOverdue
        facts.assessmentsOpen =
            assessments.filter {
                $0.snapshot.activeStates.contains(AssessmentKind.open.name) && $0.record.preliminary == nil
            }
            .count
    }
}
