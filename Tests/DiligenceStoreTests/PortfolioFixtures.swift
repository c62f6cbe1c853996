import DiligenceCore
import DiligenceStore
import DiligenceTestSupport
import Foundation

/// A small portfolio for the audit reports, built through the store API on fixed days so every
/// figure can be worked out by hand. The lifecycle is the manual fixture with two events added to
/// `registered` that raise a yellow and a red flag (the flags records arrive with their own
/// branch); capacity comes from real assessments on `psea-common`.
enum PortfolioFixtures {
    static let flaggingLifecycle: String = StoreFixtures.lifecycleText.replacingOccurrences(
        of: registered, with: registered + FlaggingEvents.yaml)

    /// The start of `registered` in the manual lifecycle, down to its `on:`.
    private static let registered = """
          registered:
            description: Known to the entity; nothing assessed yet.
            on:

        """

    /// The flagging lifecycle, the assessment workflow and `psea-common`.
    static func definitions() -> DefinitionSet {
        DefinitionSet(
            files: [
                .init(path: "Workflows/partner-lifecycle.yaml", text: flaggingLifecycle, folder: .workflows)
            ]
                + (AssessmentFixtures.files.dropFirst() + [
                    ("Workflows/capacity-status.yaml", .workflows), ("Workflows/risk-flag.yaml", .workflows),
                ])
                .map(StoreFixtures.repositoryFile))
    }

    /// Runs an assessment of `partner` to a final determination with every standard `rating`,
    /// from `day` (start) to `day + 6` (confirmed). Returns its id.
    @discardableResult
    static func assess(
        _ store: DiligenceStore, partner: String, rating: String, day: Double, definitions: DefinitionSet
    ) throws -> String {
        let questionnaire = definitions.questionnaires["psea-common"]!
        let id = try store.startAssessment(
            partner: partner, questionnaire: "psea-common", actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(day))
        func change(_ event: String, _ change: AssessmentChange? = nil, as actor: Actor, _ offset: Double)
            throws
        {
            _ = try store.changeAssessment(
                id: id, event: event, change: change, assignments: [], actor: actor, definitions: definitions,
                now: StoreFixtures.days(day + offset))
        }
        try change("invite_partner", as: StoreFixtures.officer, 1)
        for answer in AssessmentFixtures.answers(questionnaire) {
            try change("answer", answer, as: AssessmentFixtures.partner, 2)
        }
        try change("submit", as: AssessmentFixtures.partner, 3)
        try change("start_review", as: AssessmentFixtures.reviewer, 4)
        for standard in questionnaire.standards {
            try change(
                "rate", .rate(standard: standard.id, rating: rating, note: nil),
                as: AssessmentFixtures.reviewer, 5)
        }
        try change("determine", as: AssessmentFixtures.reviewer, 6)
        try change("confirm", as: AssessmentFixtures.reviewer, 6)
        return id
    }
}
