import DiligenceCore
import DiligenceTestSupport
import Testing

/// A partner that has never had an allegation of sexual exploitation or abuse, with a documented
/// investigation process: it answers every question asked, the questions about past cases are not
/// asked, and rated on its process it reaches full capacity on both shipped models.
@Suite struct NoAllegationPathTests {
    /// Answers every required question asked, in order: "no" to past allegations, "yes" to every
    /// other yes/no question.
    static func cleanPartner(_ questionnaire: Questionnaire) throws -> AssessmentRecord {
        var record = AssessmentRecord(questionnaire: QuestionnaireReference(questionnaire), partner: "P-0001")
        for question in questionnaire.standards.flatMap(\.questions)
        where question.isRequired && questionnaire.isAsked(question, answers: record.answers) {
            let value = QuestionnaireFixtures.cleanAnswer(
                to: question, of: questionnaire, text: "Described in our PSEA handbook.")
            record = try record.applying(
                .answer(question: question.id, answer: Answer(value: value)), questionnaire: questionnaire)
        }
        return record
    }

    @Test(arguments: [("psea-unicef-2020", "adequate"), ("psea-common", "met")])
    func aPartnerWithNoCasesAndADocumentedProcessReachesFullCapacity(id: String, rating: String) throws {
        let questionnaire = try QuestionnaireFixtures.shipped(id)
        var record = try Self.cleanPartner(questionnaire)
        #expect(record.answers["investigations.past_allegations"]?.value == "no")
        #expect(record.answers["investigations.procedure"]?.value == "yes")
        #expect(questionnaire.unansweredRequired(answers: record.answers).isEmpty)
        let hidden = questionnaire.standards.flatMap(\.questions).filter {
            !questionnaire.isAsked($0, answers: record.answers)
        }
        #expect(!hidden.isEmpty && hidden.allSatisfy { record.answers[$0.id] == nil })
        for standard in questionnaire.standards {
            record = try record.applying(
                .rate(standard: standard.id, rating: rating, note: nil), questionnaire: questionnaire)
        }
        let outcome = try Scoring.determine(questionnaire, ratings: record.ratings)
        #expect(outcome.determination?.capacity == .full)
    }

    @Test(arguments: ["psea-unicef-2020", "psea-common"])
    func theInvestigationsStandardSaysIfAny(id: String) throws {
        let questionnaire = try QuestionnaireFixtures.shipped(id)
        let investigations = try #require(questionnaire.standard("investigations"))
        #expect(investigations.requirement.contains("if any"))
        #expect(investigations.requirement.contains("never had an allegation"))
        let past = try #require(questionnaire.question("investigations.past_allegations"))
        #expect(past.answer == .yesNo && past.isRequired && past.shownWhen == nil)
        let followUps = questionnaire.standards.flatMap(\.questions).filter {
            $0.shownWhen?.question == "investigations.past_allegations"
        }
        #expect(!followUps.isEmpty && followUps.allSatisfy { $0.shownWhen?.answers == ["yes"] })
    }
}
