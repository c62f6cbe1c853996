import DiligenceCore
import DiligenceTestSupport
import Testing

/// `shown_when:` in a questionnaire file: read into the question, and every bad reference or value
/// refused at its line and column (`diligence check` prints these).
@Suite struct ConditionalQuestionLoadingTests {
    typealias T = QuestionnaireTexts

    /// Two standards: `a.any` (yes/no), `a.which` shown when it is yes, `b.level` a rating and
    /// `b.why` shown when it is low or high.
    static let text = """
        \(T.scaleAndStandardA)
              - {id: a.any, text: Any?, answer: yes_no}
              - {id: a.note, text: Note, answer: text, required: false}
              - id: a.which
                text: Which?
                answer: yes_no
                shown_when: {question: a.any, answer: "yes"}
          - id: b
            title: B
            requirement: R
            protocol_reference: P
            questions:
              - {id: b.level, text: Level?, answer: rating, scale: s}
              - id: b.why
                text: Why?
                answer: text
                shown_when: {question: b.level, answer: [low, high]}
        \(T.weightedSumScoring)
        """
    // Lines: 13 a.any, 14 a.note, 15 a.which, 18 its shown_when ({ at 21, the question at 32,
    // the answer at 47), 24 b.level, 25 b.why, 28 its shown_when (the list at 49).

    @Test func aConditionIsReadIntoItsQuestion() throws {
        let questionnaire = try QuestionnaireFixtures.questionnaire(Self.text)
        let which = try #require(questionnaire.question("a.which")?.shownWhen)
        #expect(which.question == "a.any" && which.answers == ["yes"])
        #expect(which.location.line == 18 && which.location.column == 21)
        #expect(questionnaire.question("b.why")?.shownWhen?.answers == ["low", "high"])
        #expect(questionnaire.question("a.any")?.shownWhen == nil)
    }

    @Test func anUnknownQuestionIsRefusedWithAHint() throws {
        let error = try singleQuestionnaireError(T.edit(Self.text, "{question: a.any,", "{question: a.anyy,"))
        expect(
            error, .unknownReference, line: 18, column: 32,
            mentions: ["shown_when of question \"a.which\"", "\"a.anyy\"", "did you mean \"a.any\"?"])
    }

    @Test func aLaterQuestionOrTheQuestionItselfIsRefused() throws {
        let later = try singleQuestionnaireError(
            T.edit(Self.text, "{question: a.any,", "{question: b.level,"))
        expect(later, .invalidValue, line: 18, column: 32, mentions: ["a later question", "before it"])
        let itself = try singleQuestionnaireError(
            T.edit(Self.text, "{question: a.any,", "{question: a.which,"))
        expect(itself, .invalidValue, line: 18, column: 32, mentions: ["the question itself"])
    }

    @Test func aQuestionWithoutFixedAnswersCannotShowAnother() throws {
        let error = try singleQuestionnaireError(T.edit(Self.text, "{question: a.any,", "{question: a.note,"))
        expect(
            error, .invalidValue, line: 18, column: 32, mentions: ["\"a.note\"", "answers text", "yes_no"])
    }

    @Test func anAnswerTheQuestionDoesNotTakeIsRefusedWhereItIsWritten() throws {
        let yes = try singleQuestionnaireError(T.edit(Self.text, "answer: \"yes\"}", "answer: \"yess\"}"))
        expect(
            yes, .invalidValue, line: 18, column: 47,
            mentions: ["\"yess\" is not an answer to a.any", "yes, no", "did you mean \"yes\"?"])
        let level = try singleQuestionnaireError(
            T.edit(Self.text, "answer: [low, high]", "answer: [low, hihg]"))
        expect(level, .invalidValue, line: 28, column: 55, mentions: ["\"hihg\"", "low, high"])
    }

    @Test func theConditionsShapeIsChecked() throws {
        let (loaded, report) = QuestionnaireFixtures.load(
            T.edit(Self.text, "{question: a.any,", "{questoin: a.any,"))
        #expect(loaded == nil && report.errors.count == 2)
        let key = try #require(report.errors.first)
        expect(
            key, .unknownKey, line: 18, column: 22, mentions: ["\"questoin\"", "did you mean \"question\"?"])
        expect(
            try #require(report.errors.last), .missingKey, line: 18, column: 21,
            mentions: ["\"question:\"", "shown_when of question \"a.which\""])
        let missing = try singleQuestionnaireError(T.edit(Self.text, ", answer: \"yes\"}", "}"))
        expect(missing, .missingKey, line: 18, column: 21, mentions: ["\"answer:\"", "shown_when"])
        let empty = try singleQuestionnaireError(T.edit(Self.text, "answer: [low, high]", "answer: []"))
        expect(empty, .missingKey, line: 28, column: 49, mentions: ["lists no answer"])
        let twice = try singleQuestionnaireError(
            T.edit(Self.text, "answer: [low, high]", "answer: [low, high, low]"))
        expect(
            twice, .invalidValue, line: 28, column: 61,
            mentions: ["shown_when of question \"b.why\"", "lists the answer \"low\" twice"])
        let notAMapping = try singleQuestionnaireError(
            T.edit(Self.text, "shown_when: {question: a.any, answer: \"yes\"}", "shown_when: a.any"))
        expect(notAMapping, .wrongType, line: 18, column: 21, mentions: ["must be a mapping", "\"a.any\""])
        let listed = try singleQuestionnaireError(
            T.edit(Self.text, "{question: a.any,", "{question: [a.any],"))
        expect(listed, .wrongType, line: 18, column: 32, mentions: ["must be a single value, not a list"])
    }
}
