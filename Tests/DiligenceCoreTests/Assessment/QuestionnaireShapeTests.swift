import DiligenceCore
import DiligenceTestSupport
import Testing

/// Errors in a questionnaire's shape: YAML syntax, unknown and missing keys, wrong types,
/// duplicate ids, bad answer types and periods. Each with its exact line and column.
@Suite struct QuestionnaireShapeTests {
    typealias T = QuestionnaireTexts

    @Test func theBaseTextsAreValid() throws {
        #expect(try QuestionnaireFixtures.questionnaire(T.weighted).standards.count == 2)
        #expect(try QuestionnaireFixtures.questionnaire(T.counted).standards.count == 3)
    }

    @Test func yamlSyntaxErrorIsLocated() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "  scale: s\n", "  scale: s\n    bad: x\n"))
        expect(error, .yamlSyntax, line: 25, column: 8, mentions: ["not valid YAML"])
    }

    @Test func emptyFileNeedsKeys() throws {
        let error = try singleQuestionnaireError("")
        expect(error, .missingKey, line: 1, column: 1, mentions: ["empty", "standards"])
    }

    @Test func unknownTopLevelKeySuggestsTheKnownOne() throws {
        let error = try singleQuestionnaireError(T.weighted + "\ntitel: T")
        expect(error, .unknownKey, line: 28, column: 1, mentions: ["\"titel\"", "did you mean \"title\"?"])
    }

    @Test func unknownStandardKeySuggestsTheKnownOne() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "label: Policy}", "label: Policy}\n    protocol_refrence: P2"))
        expect(
            error, .unknownKey, line: 22, column: 5,
            mentions: ["\"protocol_refrence\"", "did you mean \"protocol_reference\"?"])
    }

    @Test func missingKeyIsReportedAtItsStandard() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "title: A\n    requirement: R\n", "title: A\n"))
        expect(error, .missingKey, line: 8, column: 5, mentions: ["standard \"a\"", "\"requirement:\""])
    }

    @Test func missingTopLevelKeyIsReportedAtTheRoot() throws {
        let text = T.weighted.components(separatedBy: "\nscoring:")[0]
        let error = try singleQuestionnaireError(text)
        expect(error, .missingKey, line: 1, column: 1, mentions: ["\"scoring:\""])
    }

    @Test func questionsMustBeAList() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "questions:\n      - {id: a.q, text: Q, answer: yes_no}", "questions: none"))
        expect(error, .wrongType, line: 12, column: 16, mentions: ["must be a list"])
    }

    @Test func versionMustBeAWholeNumber() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "questionnaire: q\n", "questionnaire: q\nversion: one\n"))
        expect(error, .wrongType, line: 2, column: 10, mentions: ["version", "whole number", "\"one\""])
    }

    @Test func duplicateStandardID() throws {
        let error = try singleQuestionnaireError(T.edit(T.weighted, "  - id: b\n", "  - id: a\n"))
        expect(error, .duplicateID, line: 14, column: 9, mentions: ["standard id \"a\"", "first at line 8"])
    }

    @Test func duplicateQuestionIDAcrossStandards() throws {
        let error = try singleQuestionnaireError(T.edit(T.weighted, "{id: b.q,", "{id: a.q,"))
        expect(
            error, .duplicateID, line: 19, column: 14, mentions: ["question id \"a.q\"", "first at line 13"])
    }

    @Test func duplicateScaleID() throws {
        let error = try singleQuestionnaireError(
            T.edit(
                T.weighted, "\nstandards:",
                "\n  - id: s\n    levels: [{id: x, label: X, weight: 1}]\nstandards:"))
        expect(error, .duplicateID, line: 7, column: 9, mentions: ["scale id \"s\"", "first at line 3"])
    }

    @Test func duplicateLevelID() throws {
        let error = try singleQuestionnaireError(T.edit(T.weighted, "{id: high,", "{id: low,"))
        expect(error, .duplicateID, line: 6, column: 14, mentions: ["level id \"low\"", "first at line 5"])
    }

    @Test func duplicateEvidenceID() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "label: Policy}", "label: Policy}\n      - {id: policy, label: Again}"))
        expect(error, .duplicateID, line: 22, column: 14, mentions: ["evidence type id \"policy\""])
    }

    @Test func unknownAnswerTypeSuggestsTheKnownOne() throws {
        let error = try singleQuestionnaireError(T.edit(T.weighted, "answer: yes_no}", "answer: yesno}"))
        expect(
            error, .invalidValue, line: 13, column: 36, mentions: ["\"yesno\"", "did you mean \"yes_no\"?"])
    }

    @Test func aScaleOnAQuestionThatIsNotARating() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "answer: yes_no}", "answer: yes_no, scale: s}"))
        expect(error, .invalidValue, line: 13, column: 51, mentions: ["question \"a.q\"", "only a rating"])
    }

    @Test func aRatingQuestionNeedsAScale() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "answer: rating, scale: s}", "answer: rating}"))
        expect(error, .missingKey, line: 19, column: 9, mentions: ["question \"b.q\"", "scale"])
    }

    @Test func anUnknownScaleOnAQuestion() throws {
        let error = try singleQuestionnaireError(T.edit(T.weighted, "rating, scale: s}", "rating, scale: t}"))
        expect(error, .unknownReference, line: 19, column: 51, mentions: ["\"t\"", "did you mean \"s\"?"])
    }

    @Test func aPeriodMustBeADuration() throws {
        let error = try singleQuestionnaireError(T.weighted + "\ntime:\n  plan_period: six months")
        expect(error, .invalidValue, line: 29, column: 16, mentions: ["plan_period", "not a duration"])
    }

    @Test func theValidityWarningMustComeBeforeExpiry() throws {
        let error = try singleQuestionnaireError(T.weighted + "\ntime:\n  validity: 3y")
        expect(
            error, .invalidValue, line: 29, column: 13, mentions: ["validity_warning (4y)", "validity: 3y"])
    }

    @Test func periodsAreReadAndDefaulted() throws {
        let questionnaire = try QuestionnaireFixtures.questionnaire(
            T.weighted + "\ntime:\n  plan_period: 12mo\n  reuse_window: P180D")
        #expect(questionnaire.timeRules.planPeriod == CalendarDuration(months: 12))
        #expect(questionnaire.timeRules.reuseWindow == .days(180))
        #expect(questionnaire.timeRules.validity == CalendarDuration(months: 60))
        #expect(questionnaire.timeRules.validityWarning == CalendarDuration(months: 48))
        #expect(questionnaire.timeRules.emergencyAssessmentPeriod == CalendarDuration(months: 3))
    }
}
