import DiligenceCore
import DiligenceTestSupport
import Testing

@Suite struct AssessmentRecordTests {
    let common: Questionnaire
    let unicef: Questionnaire

    init() throws {
        common = try QuestionnaireFixtures.shipped("psea-common")
        unicef = try QuestionnaireFixtures.shipped("psea-unicef-2020")
    }

    func empty(_ questionnaire: Questionnaire) -> AssessmentRecord {
        AssessmentRecord(questionnaire: QuestionnaireReference(questionnaire), partner: "P-0001")
    }

    @Test func answersAreCheckedAgainstTheQuestionsAnswerType() throws {
        var record = empty(common)
        record = try record.applying(
            .answer(
                question: "policy.exists",
                answer: Answer(
                    value: "yes", evidence: [EvidenceReference(type: "code_of_conduct")],
                    comment: "adopted 2024")),
            questionnaire: common)
        #expect(record.answers["policy.exists"]?.value == "yes")
        #expect(throws: AssessmentChangeError.badAnswer("policy.exists", "maybe", expected: "one of yes, no"))
        {
            try record.applying(
                .answer(question: "policy.exists", answer: Answer(value: "maybe")), questionnaire: common)
        }
        #expect(throws: AssessmentChangeError.missing("the answer")) {
            try record.applying(
                .answer(question: "policy.scope", answer: Answer(value: "  ")), questionnaire: common)
        }
    }

    @Test func unknownQuestionsStandardsAndEvidenceAreRefusedWithAHint() throws {
        let record = empty(common)
        do {
            _ = try record.applying(
                .answer(question: "policy.exist", answer: Answer(value: "yes")), questionnaire: common)
            Issue.record("an unknown question must be refused")
        } catch {
            #expect(error.explanation.contains("did you mean \"policy.exists\""))
        }
        #expect(throws: AssessmentChangeError.self) {
            try record.applying(.rate(standard: "polcy", rating: "met", note: nil), questionnaire: common)
        }
        #expect(
            throws: AssessmentChangeError.evidenceDescriptionRequired(
                "other", label: "Other (please specify)")
        ) {
            try record.applying(
                .answer(
                    question: "policy.exists",
                    answer: Answer(value: "yes", evidence: [EvidenceReference(type: "other")])),
                questionnaire: common)
        }
        do {
            _ = try record.applying(
                .answer(
                    question: "policy.exists",
                    answer: Answer(value: "yes", evidence: [EvidenceReference(type: "budget")])),
                questionnaire: common)
            Issue.record("an evidence type the standard does not list must be refused")
        } catch {
            #expect(error.explanation.contains("code_of_conduct, psea_policy, standard_procedure, other"))
        }
    }

    @Test func ratingsMustFitTheScoringModel() throws {
        var record = empty(unicef)
        let first = try #require(unicef.standards.first?.id)
        record = try record.applying(
            .rate(standard: first, rating: "adequate", note: "policy seen"), questionnaire: unicef)
        #expect(record.ratings[first] == .level("adequate"))
        #expect(record.reviewNotes[first] == "policy seen")
        #expect(throws: AssessmentChangeError.self) {
            try record.applying(.rate(standard: first, rating: "met", note: nil), questionnaire: unicef)
        }
        #expect(throws: AssessmentChangeError.self) {
            try record.applying(.rate(standard: first, rating: "excellent", note: nil), questionnaire: unicef)
        }
    }

    @Test func factsFollowTheRecord() throws {
        var record = empty(common)
        let today = try #require(LocalDate("2026-06-01"))
        let required = common.standards.flatMap(\.questions).filter { $0.isRequired && $0.shownWhen == nil }
            .count
        var facts = record.facts(questionnaire: common, today: today)
        #expect(facts["unanswered_required"] == .int(required))
        #expect(facts["unrated_standards"] == .int(8))
        #expect(facts["capacity_level"] == nil)
        for (index, standard) in common.standards.enumerated() {
            record = try record.applying(
                .rate(standard: standard.id, rating: index < 6 ? "met" : "not_met", note: nil),
                questionnaire: common)
        }
        record = try record.applying(
            .addPlanItem(
                action: "Train all volunteers", owner: "HR lead", due: try #require(LocalDate("2026-05-01"))),
            questionnaire: common)
        record = try record.applying(
            .addPlanItem(
                action: "Publish a reporting channel", owner: "Director",
                due: try #require(LocalDate("2026-09-01"))),
            questionnaire: common)
        facts = record.facts(questionnaire: common, today: today)
        #expect(facts["unrated_standards"] == .int(0))
        #expect(facts["capacity_level"] == .string("medium"))
        #expect(facts["plan_items"] == .int(2))
        #expect(facts["plan_items_open"] == .int(2))
        #expect(facts["plan_items_overdue"] == .int(1))
        record = try record.applying(
            .completePlanItem(item: "1", on: today, evidence: "attendance sheets 2026-05"),
            questionnaire: common)
        facts = record.facts(questionnaire: common, today: today)
        #expect(facts["plan_items_open"] == .int(1))
        #expect(facts["plan_items_overdue"] == .int(0))
        #expect(throws: AssessmentChangeError.planItemAlreadyDone("1")) {
            try record.applying(
                .completePlanItem(item: "1", on: today, evidence: "again"), questionnaire: common)
        }
        #expect(throws: AssessmentChangeError.unknownPlanItem("7", known: ["1", "2"])) {
            try record.applying(.completePlanItem(item: "7", on: today, evidence: "x"), questionnaire: common)
        }
        #expect(throws: AssessmentChangeError.missing("the owner")) {
            try record.applying(.addPlanItem(action: "x", owner: " ", due: today), questionnaire: common)
        }
    }

    @Test func theRecordSurvivesItsJSON() throws {
        var record = AssessmentRecord(
            questionnaire: QuestionnaireReference(common), partner: "P-0002", copiedFrom: "A-0001")
        record = try record.applying(
            .answer(
                question: "policy.exists",
                answer: Answer(
                    value: "yes",
                    evidence: [EvidenceReference(type: "other", description: "Board minutes 3/2025")])),
            questionnaire: common)
        record = try record.applying(
            .rate(standard: "policy", rating: "met", note: "seen"), questionnaire: common)
        record = try record.applying(
            .addPlanItem(
                action: "Vet sub-partners", owner: "Procurement", due: try #require(LocalDate("2026-12-31"))),
            questionnaire: common)
        record = try record.applying(
            .completePlanItem(item: "1", on: try #require(LocalDate("2026-11-30")), evidence: "vetting log"),
            questionnaire: common)
        let text = record.json.canonicalText
        let parsed = try #require(JSONValue(text: text))
        #expect(AssessmentRecord(json: parsed) == record)
        #expect(AssessmentRecord(json: .object([:])) == nil)
    }
}
