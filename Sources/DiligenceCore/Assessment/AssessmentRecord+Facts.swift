extension AssessmentRecord {
    /// The facts the assessment workflow's guards read, by field name: required questions still
    /// unanswered (of those asked: a question hidden by an earlier answer does not count),
    /// standards still unrated, the computed capacity level (absent while incomplete),
    /// the plan's items, open items and overdue items on `today`, the questionnaire's periods
    /// (plan period, validity warning, validity) for the workflow's deadlines (for an assessment
    /// accepted from another entity, what remains of them), and whether it was accepted so.
    public func facts(questionnaire: Questionnaire, today: LocalDate) -> [String: Value] {
        var facts: [String: Value] = [
            "unanswered_required": .int(questionnaire.unansweredRequired(answers: answers).count),
            "unrated_standards": .int(questionnaire.standards.filter { ratings[$0.id] == nil }.count),
            "plan_items": .int(planItems.count),
            "plan_items_open": .int(planItems.filter(\.isOpen).count),
            "plan_items_overdue": .int(overduePlanItems(today: today).count),
            "plan_period": .duration(questionnaire.timeRules.planPeriod),
            "validity_warning": .duration(questionnaire.timeRules.validityWarning),
            "validity": .duration(questionnaire.timeRules.validity),
            "accepted_from_other_entity": .bool(acceptedFrom != nil),
        ]
        if acceptedFrom != nil, let final {
            // Accepted from another entity: its periods run from its own final determination.
            let rules = questionnaire.timeRules
            let warning = LocalDate(rules.validityWarning.after(final.at))
            facts["validity_warning"] = .duration(
                .days(max(warning.daysSinceEpoch - today.daysSinceEpoch, 0)))
            facts["validity"] = .duration(
                .days(max(final.periodEndsOn.daysSinceEpoch - today.daysSinceEpoch, 1)))
        }
        if case .determined(let determination)? = try? Scoring.determine(questionnaire, ratings: ratings) {
            facts["capacity_level"] = .string(determination.capacity.rawValue)
        }
        return facts
    }
}
