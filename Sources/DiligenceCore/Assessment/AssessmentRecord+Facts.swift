extension AssessmentRecord {
    /// The facts the assessment workflow's guards read, by field name: required questions still
    /// unanswered, standards still unrated, the computed capacity level (absent while incomplete),
    /// the plan's items, open items and overdue items on `today`, and the questionnaire's periods
    /// (plan period, validity warning, validity) for the workflow's deadlines.
    public func facts(questionnaire: Questionnaire, today: LocalDate) -> [String: Value] {
        let required = questionnaire.standards.flatMap(\.questions).filter(\.isRequired)
        var facts: [String: Value] = [
            "unanswered_required": .int(required.filter { answers[$0.id] == nil }.count),
            "unrated_standards": .int(questionnaire.standards.filter { ratings[$0.id] == nil }.count),
            "plan_items": .int(planItems.count),
            "plan_items_open": .int(planItems.filter(\.isOpen).count),
            "plan_items_overdue": .int(planItems.filter { $0.isOpen && $0.due < today }.count),
            "plan_period": .duration(questionnaire.timeRules.planPeriod),
            "validity_warning": .duration(questionnaire.timeRules.validityWarning),
            "validity": .duration(questionnaire.timeRules.validity),
        ]
        if case .determined(let determination)? = try? Scoring.determine(questionnaire, ratings: ratings) {
            facts["capacity_level"] = .string(determination.capacity.rawValue)
        }
        return facts
    }
}
