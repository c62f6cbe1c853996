import DiligenceCore
import DiligenceStore
import DiligenceTestSupport
import Foundation
import Testing

/// Shared set-up for assessment store tests: the shipped lifecycle, assessment workflow and
/// `psea-common` questionnaire, and a registered partner.
enum AssessmentFixtures {
    static let files = [
        ("Workflows/partner-lifecycle.yaml", DefinitionSet.Folder.workflows),
        ("Workflows/psea-assessment.yaml", .workflows),
        ("Assessments/psea-common.yaml", .assessments),
    ]

    /// The definitions an assessment runs with, loaded from the repository's files.
    static func definitions(extra: [(String, DefinitionSet.Folder)] = []) -> DefinitionSet {
        DefinitionSet(files: (files + extra).map(StoreFixtures.repositoryFile))
    }

    static let partner = Actor(user: "grace", role: "partner")
    static let reviewer = Actor(user: "femi", role: "psea_focal_point")

    /// A store with one partner (`P-0001`) and its assessment `A-0001` on `psea-common`, invited.
    static func invited(_ definitions: DefinitionSet) throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        _ = try temporary.store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        let id = try temporary.store.startAssessment(
            partner: "P-0001", questionnaire: "psea-common", actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.start)
        _ = try temporary.store.send(
            subject: id, event: "invite_partner", assignments: [], actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(1))
        return temporary
    }

    /// Sends `event` (with `change`) to the assessment `id` as `actor` on `day`.
    static func step(
        _ store: DiligenceStore, _ id: String, _ event: String, _ change: AssessmentChange? = nil,
        as actor: Actor = reviewer, day: Double, definitions: DefinitionSet
    ) throws {
        _ = try store.changeAssessment(
            id: id, event: event, change: change, assignments: [], actor: actor, definitions: definitions,
            now: StoreFixtures.days(day))
    }

    /// Runs the invited assessment `id` to its confirmed determination on `day`: the partner
    /// answers and submits, the focal point rates the first `met` standards met and the others
    /// not met, determines and confirms (full capacity becomes final; otherwise a plan starts).
    static func determine(
        _ store: DiligenceStore, _ id: String, met: Int, day: Double, definitions: DefinitionSet
    ) throws {
        let questionnaire = try #require(definitions.questionnaires["psea-common"])
        func step(_ event: String, _ change: AssessmentChange? = nil, as actor: Actor = reviewer) throws {
            try Self.step(store, id, event, change, as: actor, day: day, definitions: definitions)
        }
        for answer in answers(questionnaire) { try step("answer", answer, as: partner) }
        try step("submit", as: partner)
        try step("start_review")
        for (index, standard) in questionnaire.standards.enumerated() {
            try step("rate", .rate(standard: standard.id, rating: index < met ? "met" : "not_met", note: nil))
        }
        try step("determine")
        try step("confirm")
    }

    /// A full answer for each required question of `questionnaire` that a partner with no past
    /// allegations is asked, in order: "no" to `investigations.past_allegations`, "yes" to every
    /// other yes/no question.
    static func answers(_ questionnaire: Questionnaire) -> [AssessmentChange] {
        var answered: [String: Answer] = [:]
        var changes: [AssessmentChange] = []
        for question in questionnaire.standards.flatMap(\.questions)
        where question.isRequired && questionnaire.isAsked(question, answers: answered) {
            let value = QuestionnaireFixtures.cleanAnswer(
                to: question, of: questionnaire, text: "Described in our handbook.")
            answered[question.id] = Answer(value: value)
            changes.append(.answer(question: question.id, answer: Answer(value: value)))
        }
        return changes
    }
}
