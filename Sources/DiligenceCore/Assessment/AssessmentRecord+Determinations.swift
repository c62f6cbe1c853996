public import Foundation

extension AssessmentRecord {
    /// The state of `Workflows/psea-assessment.yaml` whose entry starts the capacity-strengthening
    /// plan: entering it records the preliminary determination.
    public static let planState = "strengthening"
    /// The state whose entry makes the determination final.
    public static let validState = "valid"

    /// The record after a step of its workflow entered the states `entered` at `at`: entering the
    /// plan records the preliminary determination (with the day the plan is due), entering the
    /// valid state records the final one (with the first day it is no longer valid), each from
    /// the UN ratings as they stand. A final determination already recorded (an assessment
    /// accepted from another entity) is kept.
    public func noting(entered: [String], at: Date, questionnaire: Questionnaire) -> AssessmentRecord {
        guard entered.contains(Self.planState) || entered.contains(Self.validState),
            let determination = (try? Scoring.determine(questionnaire, ratings: ratings))?.determination
        else { return self }
        var record = self
        let rules = questionnaire.timeRules
        if entered.contains(Self.planState) {
            record.preliminary = RecordedDetermination(
                capacity: determination.capacity, score: determination.score, at: at,
                periodEndsOn: LocalDate(rules.planPeriod.after(at)))
        }
        if entered.contains(Self.validState), record.final == nil {
            record.final = RecordedDetermination(
                capacity: determination.capacity, score: determination.score, at: at,
                periodEndsOn: LocalDate(rules.validity.after(at)))
        }
        return record
    }

    /// Whether the plan ran past its period on `today` while unfinished: a preliminary
    /// determination opened it, no final one closed it, and its due day has come.
    public func isPlanOverdue(today: LocalDate) -> Bool {
        guard let preliminary, final == nil else { return false }
        return today >= preliminary.periodEndsOn
    }

    /// Open plan items past their due date on `today`.
    public func overduePlanItems(today: LocalDate) -> [PlanItem] {
        planItems.filter { $0.isOpen && $0.due < today }
    }
}
