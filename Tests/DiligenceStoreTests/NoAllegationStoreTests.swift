import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The no-allegation path through the store and the shipped workflow, on both models: a partner
/// that never had an allegation submits without the follow-up questions, a follow-up it is not
/// asked is refused with nothing written, and rated on its process it reaches full capacity.
@Suite struct NoAllegationStoreTests {
    @Test(arguments: [("psea-common", "met"), ("psea-unicef-2020", "adequate")])
    func aPartnerWithNoCasesReachesFullCapacity(id: String, rating: String) throws {
        let definitions = try QuestionnaireVersionStoreTests.definitions(id, from: "Assessments/\(id).yaml")
        let questionnaire = try #require(definitions.questionnaires[id])
        let temporary = try TemporaryStore()
        let store = temporary.store
        _ = try store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        let assessment = try store.startAssessment(
            partner: "P-0001", questionnaire: id, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        func change(_ event: String, _ change: AssessmentChange?, as actor: Actor, day: Double)
            throws(StoreError)
        {
            _ = try store.changeAssessment(
                id: assessment, event: event, change: change, assignments: [], actor: actor,
                definitions: definitions, now: StoreFixtures.days(day))
        }
        try change("invite_partner", nil, as: StoreFixtures.officer, day: 1)
        for answer in AssessmentFixtures.answers(questionnaire) {
            try change("answer", answer, as: AssessmentFixtures.partner, day: 2)
        }
        let answered = try store.assessment(assessment)
        #expect(answered.record.answers["investigations.past_allegations"]?.value == "no")
        #expect(answered.instance.snapshot.context["unanswered_required"] == .int(0))

        let events = try temporary.count("event")
        let followUp = try #require(
            questionnaire.standards.flatMap(\.questions).first {
                $0.shownWhen?.question == "investigations.past_allegations"
            })
        do {
            try change(
                "answer", .answer(question: followUp.id, answer: Answer(value: "yes")),
                as: AssessmentFixtures.partner,
                day: 2)
            Issue.record("a follow-up question the partner is not asked must be refused")
        } catch {
            #expect(
                error.detail.contains(
                    "\(followUp.id) is asked only when investigations.past_allegations is answered yes; it is answered no"
                ))
        }
        #expect(try temporary.count("event") == events)
        #expect(try store.assessment(assessment).record == answered.record)

        try change("submit", nil, as: AssessmentFixtures.partner, day: 3)
        try change("start_review", nil, as: AssessmentFixtures.reviewer, day: 4)
        for standard in questionnaire.standards {
            try change(
                "rate", .rate(standard: standard.id, rating: rating, note: nil),
                as: AssessmentFixtures.reviewer,
                day: 5)
        }
        try change("determine", nil, as: AssessmentFixtures.reviewer, day: 6)
        try change("confirm", nil, as: AssessmentFixtures.reviewer, day: 6)
        let final = try store.assessment(assessment)
        #expect(final.instance.snapshot.activeStates == ["valid"])
        #expect(final.record.final?.capacity == .full)
        #expect(try store.verify().isIntact)
    }

    @Test func aReassessmentCopiesFollowUpAnswersInTheQuestionnairesOrder() throws {
        // psea-common: corrective_action.any_substantiated is shown by investigations.past_allegations,
        // which sorts after it; copied by id, the copy refused it as not asked.
        let definitions = AssessmentFixtures.definitions()
        let questionnaire = try #require(definitions.questionnaires["psea-common"])
        let temporary = try AssessmentFixtures.invited(definitions)
        let store = temporary.store
        func change(_ event: String, _ change: AssessmentChange?, as actor: Actor, day: Double)
            throws(StoreError)
        {
            _ = try store.changeAssessment(
                id: "A-0001", event: event, change: change, assignments: [], actor: actor,
                definitions: definitions, now: StoreFixtures.days(day))
        }
        for answer in AssessmentFixtures.answers(questionnaire) {
            try change("answer", answer, as: AssessmentFixtures.partner, day: 2)
        }
        for (question, value) in [
            ("investigations.past_allegations", "yes"), ("investigations.past_investigated", "yes"),
            ("corrective_action.any_substantiated", "yes"), ("corrective_action.measures", "yes"),
        ] {
            try change(
                "answer", .answer(question: question, answer: Answer(value: value)),
                as: AssessmentFixtures.partner,
                day: 2)
        }
        try change("submit", nil, as: AssessmentFixtures.partner, day: 3)
        try change("start_review", nil, as: AssessmentFixtures.reviewer, day: 4)
        for standard in questionnaire.standards {
            try change(
                "rate", .rate(standard: standard.id, rating: "met", note: nil),
                as: AssessmentFixtures.reviewer, day: 5)
        }
        try change("determine", nil, as: AssessmentFixtures.reviewer, day: 6)
        try change("confirm", nil, as: AssessmentFixtures.reviewer, day: 6)
        let source = try store.assessment("A-0001").record
        let copy = try store.startAssessment(
            partner: "P-0001", questionnaire: "psea-common", copy: .from("A-0001"),
            actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(20))
        #expect(try store.assessment(copy).record.answers == source.answers)
        #expect(try store.verify().isIntact)
    }
}
