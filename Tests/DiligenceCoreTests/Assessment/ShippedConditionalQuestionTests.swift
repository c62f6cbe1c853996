import DiligenceCore
import DiligenceTestSupport
import Testing

/// Every conditional question of both shipped questionnaires, one by one: shown (and required,
/// when it is) once the answers before it have the value named; hidden, not counted and refused
/// otherwise; its answer dropped when an earlier answer hides it again.
@Suite struct ShippedConditionalQuestionTests {
    /// Each shipped questionnaire's conditional questions, as `(questionnaire, question)`.
    static let cases: [(String, String)] = ["psea-unicef-2020", "psea-common"].flatMap { id in
        let questionnaire = try? QuestionnaireFixtures.shipped(id)
        return (questionnaire?.standards.flatMap(\.questions) ?? []).filter { $0.shownWhen != nil }.map {
            (id, $0.id)
        }
    }

    @Test func theShippedFilesHaveTheFollowUpsOfTheNoAllegationPath() {
        #expect(
            Self.cases.map(\.1) == [
                "investigations.past_dealt_with", "investigations.past_example",
                "investigations.past_investigated", "corrective_action.any_substantiated",
                "corrective_action.measures", "corrective_action.example",
            ])
    }

    /// A value `question` takes: the first of its choices (other than `avoiding`), a date or a text.
    static func value(for question: Question, in questionnaire: Questionnaire, avoiding: [String] = [])
        -> String?
    {
        let choices: [String]
        switch question.answer {
        case .yesNo: choices = ["yes", "no"]
        case .metOrNotMet: choices = ["met", "not_met"]
        case .rating(let scale): choices = questionnaire.scale(scale)?.levels.map(\.id) ?? []
        case .date: return "2026-01-31"
        case .text: return "Written down."
        }
        return choices.first { !avoiding.contains($0) }
    }

    /// A record whose answers ask `question`: each condition on the way answered as it names.
    static func showing(_ question: Question, in questionnaire: Questionnaire) throws -> AssessmentRecord {
        var chain: [QuestionCondition] = []
        var current = question
        while let condition = current.shownWhen, let earlier = questionnaire.question(condition.question) {
            chain.insert(condition, at: 0)
            current = earlier
        }
        var record = AssessmentRecord(questionnaire: QuestionnaireReference(questionnaire), partner: "P-0001")
        for condition in chain {
            let answer = try #require(condition.answers.first)
            record = try record.applying(
                .answer(question: condition.question, answer: Answer(value: answer)),
                questionnaire: questionnaire)
        }
        return record
    }

    @Test(arguments: cases)
    func isShownRequiredHiddenAndRefused(id: String, questionID: String) throws {
        let questionnaire = try QuestionnaireFixtures.shipped(id)
        let question = try #require(questionnaire.question(questionID))
        let condition = try #require(question.shownWhen)
        let earlier = try #require(questionnaire.question(condition.question))

        // Shown: asked, required until answered when it is required, and its answer accepted.
        let shown = try Self.showing(question, in: questionnaire)
        #expect(questionnaire.isAsked(question, answers: shown.answers))
        let unanswered = questionnaire.unansweredRequired(answers: shown.answers).map(\.id)
        #expect(unanswered.contains(question.id) == question.isRequired)
        let value = try #require(Self.value(for: question, in: questionnaire))
        let answered = try shown.applying(
            .answer(question: question.id, answer: Answer(value: value)), questionnaire: questionnaire)
        #expect(answered.answers[question.id]?.value == value)
        #expect(!questionnaire.unansweredRequired(answers: answered.answers).map(\.id).contains(question.id))

        // Hidden: the earlier question answered otherwise; not asked, not counted, refused.
        let other = try #require(Self.value(for: earlier, in: questionnaire, avoiding: condition.answers))
        let hidden = try answered.applying(
            .answer(question: earlier.id, answer: Answer(value: other)), questionnaire: questionnaire)
        #expect(!questionnaire.isAsked(question, answers: hidden.answers))
        #expect(hidden.answers[question.id] == nil, "an answer that hides a question drops its answer")
        #expect(!questionnaire.unansweredRequired(answers: hidden.answers).map(\.id).contains(question.id))
        #expect(
            throws: AssessmentChangeError.questionNotAsked(question.id, condition: condition, current: other)
        ) {
            try hidden.applying(
                .answer(question: question.id, answer: Answer(value: value)), questionnaire: questionnaire)
        }
        let refusal = AssessmentChangeError.questionNotAsked(
            question.id, condition: condition, current: other)
        #expect(
            refusal.explanation.contains(
                "\(question.id) is asked only when \(condition.question) is answered"))
    }
}
