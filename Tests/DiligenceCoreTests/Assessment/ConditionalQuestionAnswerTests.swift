import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// Conditional questions while a partner answers: shown and required only while the earlier
/// answer has the value named, refused while hidden, dropped from the record when an answer hides
/// them, and recorded in the questionnaire's order by bulk files, copies and imports.
@Suite struct ConditionalQuestionAnswerTests {
    let questionnaire: Questionnaire
    let common: Questionnaire

    init() throws {
        questionnaire = try QuestionnaireFixtures.questionnaire(ConditionalQuestionLoadingTests.text)
        common = try QuestionnaireFixtures.shipped("psea-common")
    }

    func empty(_ questionnaire: Questionnaire) -> AssessmentRecord {
        AssessmentRecord(questionnaire: QuestionnaireReference(questionnaire), partner: "P-0001")
    }

    func answering(_ record: AssessmentRecord, _ question: String, _ value: String)
        throws(AssessmentChangeError)
        -> AssessmentRecord
    {
        try record.applying(
            .answer(question: question, answer: Answer(value: value)), questionnaire: questionnaire)
    }

    func unanswered(_ record: AssessmentRecord) -> [String] {
        questionnaire.unansweredRequired(answers: record.answers).map(\.id)
    }

    @Test func aConditionalQuestionIsShownAndRequiredOnlyWhileTheEarlierAnswerHasTheValue() throws {
        var record = empty(questionnaire)
        #expect(unanswered(record) == ["a.any", "b.level"])
        #expect(
            record.facts(questionnaire: questionnaire, today: LocalDate("2026-01-01")!)["unanswered_required"]
                == .int(2))
        record = try answering(record, "a.any", "no")
        #expect(unanswered(record) == ["b.level"])
        #expect(questionnaire.askedQuestionIDs(answers: record.answers) == ["a.any", "a.note", "b.level"])
        record = try answering(record, "a.any", "yes")
        #expect(unanswered(record) == ["a.which", "b.level"])
        record = try answering(record, "a.which", "no")
        record = try answering(record, "b.level", "high")
        #expect(unanswered(record) == ["b.why"])
        record = try answering(record, "b.why", "Because.")
        #expect(unanswered(record).isEmpty)
        #expect(
            record.facts(questionnaire: questionnaire, today: LocalDate("2026-01-01")!)["unanswered_required"]
                == .int(0))
    }

    @Test func aHiddenQuestionIsRefusedSayingWhatShowsIt() throws {
        let record = empty(questionnaire)
        do {
            _ = try answering(record, "a.which", "yes")
            Issue.record("a question not asked must be refused")
        } catch {
            #expect(
                error.explanation
                    == "a.which is asked only when a.any is answered yes; a.any has no answer yet")
        }
        let declined = try answering(record, "a.any", "no")
        do {
            _ = try answering(declined, "a.which", "yes")
            Issue.record("a question hidden by a no must be refused")
        } catch {
            #expect(
                error.explanation == "a.which is asked only when a.any is answered yes; it is answered no")
        }
    }

    @Test func anAnswerThatHidesAQuestionDropsItsAnswer() throws {
        var record = try answering(empty(questionnaire), "a.any", "yes")
        record = try answering(record, "a.which", "yes")
        record = try answering(record, "a.any", "no")
        #expect(record.answers["a.which"] == nil)
        #expect(record.answers["a.any"]?.value == "no")
    }

    @Test func aQuestionShownByAHiddenQuestionIsHiddenToo() throws {
        var record = empty(common)
        func answer(_ question: String, _ value: String) throws {
            record = try record.applying(
                .answer(question: question, answer: Answer(value: value)), questionnaire: common)
        }
        try answer("investigations.past_allegations", "yes")
        try answer("corrective_action.any_substantiated", "yes")
        try answer("corrective_action.measures", "yes")
        #expect(
            common.unansweredRequired(answers: record.answers).map(\.id).contains(
                "investigations.past_investigated"))
        try answer("investigations.past_allegations", "no")
        #expect(record.answers["corrective_action.any_substantiated"] == nil)
        #expect(record.answers["corrective_action.measures"] == nil)
        let measures = try #require(common.question("corrective_action.measures"))
        #expect(
            !common.isAsked(measures, answers: ["corrective_action.any_substantiated": Answer(value: "yes")]))
    }

    @Test func aBulkFileMayListAFollowUpBeforeTheAnswerThatShowsIt() throws {
        let rows = try AnswerSheet.read(
            file: "a.csv",
            text: "question,value\ncorrective_action.measures,yes\ncorrective_action.any_substantiated,yes\n"
                + "investigations.past_allegations,yes\n")
        let record = try AnswerSheet.check(rows, record: empty(common), questionnaire: common)
        #expect(record.answers.count == 3)
        let hidden = try AnswerSheet.read(
            file: "a.csv",
            text:
                "question,value\ncorrective_action.measures,yes\ninvestigations.past_allegations,no\npolicy.exists,maybe\n"
        )
        #expect(
            throws: AnswerSheetError(problems: [
                "row 2: corrective_action.measures is asked only when corrective_action.any_substantiated is answered yes; corrective_action.any_substantiated has no answer yet",
                "row 4: \"maybe\" is not an answer to policy.exists; it takes one of yes, no",
            ])
        ) {
            try AnswerSheet.check(hidden, record: empty(common), questionnaire: common)
        }
    }

    @Test func anImportRecordsAnswersInTheQuestionnairesOrder() throws {
        // corrective_action.any_substantiated sorts before the investigations question that shows
        // it: applied by id, the import refused it as not asked.
        var record = empty(common)
        for (question, value) in [
            ("investigations.past_allegations", "yes"), ("corrective_action.any_substantiated", "yes"),
            ("corrective_action.measures", "yes"),
        ] {
            record = try record.applying(
                .answer(question: question, answer: Answer(value: value)), questionnaire: common)
        }
        record = try record.ratedAndValid("met", questionnaire: common)
        let export = AssessmentExport(
            assessment: "A-0001", assessingEntity: "UNFPA", partner: ["id": "P-0001"], record: record,
            exportedAt: AssessmentRecord.validAt)
        let read = try AssessmentExport.read(export.json.prettyText, partner: "P-0009")
        let accepted = try read.accepted(questionnaire: common, today: LocalDate("2026-02-01")!)
        #expect(accepted.answers.count == 3)
        #expect(
            common.inQuestionOrder(record.answers).map(\.question) == [
                "investigations.past_allegations", "corrective_action.any_substantiated",
                "corrective_action.measures",
            ])
    }
}
