import DiligenceCore
import DiligenceStore
import Foundation
import Testing

@Suite struct AssessmentStoreTests {
    let definitions = AssessmentFixtures.definitions()
    var questionnaire: Questionnaire { definitions.questionnaires["psea-common"]! }

    func change(
        _ store: DiligenceStore, _ event: String, _ change: AssessmentChange?, as actor: Actor,
        day: Double = 2
    ) throws(StoreError) -> SendResult {
        try store.changeAssessment(
            id: "A-0001", event: event, change: change, assignments: [], actor: actor,
            definitions: definitions,
            now: StoreFixtures.days(day))
    }

    func fact(_ store: DiligenceStore, _ name: String) throws -> JSONValue? {
        try store.assessment("A-0001").instance.snapshot.context[name]
    }

    /// Drives `A-0001` from invited to a confirmed full-capacity determination.
    func runFullPath(_ store: DiligenceStore) throws {
        for answer in AssessmentFixtures.answers(questionnaire) {
            _ = try change(store, "answer", answer, as: AssessmentFixtures.partner)
        }
        _ = try change(store, "submit", nil, as: AssessmentFixtures.partner, day: 3)
        _ = try change(store, "start_review", nil, as: AssessmentFixtures.reviewer, day: 4)
        for standard in questionnaire.standards {
            _ = try change(
                store, "rate", .rate(standard: standard.id, rating: "met", note: nil),
                as: AssessmentFixtures.reviewer,
                day: 5)
        }
        _ = try change(store, "determine", nil, as: AssessmentFixtures.reviewer, day: 6)
        _ = try change(store, "confirm", nil, as: AssessmentFixtures.reviewer, day: 6)
    }

    @Test func definitionsLoad() {
        #expect(definitions.report.isValid, "\(definitions.report.errors)")
    }

    @Test func startingPinsTheQuestionnaireAndLinksThePartner() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        let entry = try temporary.store.assessment("A-0001")
        #expect(entry.record.partner == "P-0001")
        #expect(entry.record.questionnaire == QuestionnaireReference(questionnaire))
        #expect(entry.instance.snapshot.activeStates.contains("self_assessment"))
        #expect(try temporary.count("record") == 1)
        #expect(try temporary.count("link") == 1)
        #expect(try temporary.count("questionnaire_definition") == 1)
        let required = questionnaire.unansweredRequired(answers: [:]).count
        #expect(try fact(temporary.store, "unanswered_required") == .int(required))
        #expect(try fact(temporary.store, "unrated_standards") == .int(questionnaire.standards.count))
        #expect(try temporary.store.assessments(partner: "P-0001").map(\.id) == ["A-0001"])
        #expect(try temporary.store.assessments(partner: "P-0002").isEmpty)
    }

    @Test func unknownPartnerAndQuestionnaireAreRefused() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        #expect(throws: StoreError.self) {
            try temporary.store.startAssessment(
                partner: "P-0009", questionnaire: "psea-common", actor: StoreFixtures.officer,
                definitions: definitions, now: StoreFixtures.start)
        }
        do {
            _ = try temporary.store.startAssessment(
                partner: "P-0001", questionnaire: "psea-comon", actor: StoreFixtures.officer,
                definitions: definitions, now: StoreFixtures.start)
            Issue.record("an unknown questionnaire must be refused")
        } catch {
            guard case .unknownQuestionnaire("psea-comon", let suggestion, _) = error else {
                Issue.record("expected unknownQuestionnaire, got \(error)")
                return
            }
            #expect(suggestion == "psea-common")
        }
        #expect(try temporary.count("record") == 1)
    }

    @Test func aRefusedChangeWritesNothing() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        let events = try temporary.count("event")
        let before = try temporary.store.assessment("A-0001")
        do {
            _ = try change(
                temporary.store, "answer", .answer(question: "policy.exists", answer: Answer(value: "maybe")),
                as: AssessmentFixtures.partner)
            Issue.record("an answer off the scale must be refused")
        } catch {
            #expect(
                error.detail.contains("\"maybe\" is not an answer to policy.exists"),
                "\(error.detail)")
        }
        do {
            _ = try change(
                temporary.store, "rate", .rate(standard: "policy", rating: "met", note: nil),
                as: AssessmentFixtures.reviewer)
            Issue.record("rating during the self-assessment must be refused")
        } catch {
            #expect(
                error.detail.hasPrefix("rejected(subject: \"A-0001\", event: \"rate\""), "\(error.detail)")
        }
        #expect(try temporary.count("event") == events)
        let after = try temporary.store.assessment("A-0001")
        #expect(after.record == before.record)
        #expect(after.instance.snapshot == before.instance.snapshot)
    }

    @Test func recordAndFactsFollowEachStep() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        let store = temporary.store
        let answers = AssessmentFixtures.answers(questionnaire)
        for (index, answer) in answers.enumerated() {
            _ = try change(store, "answer", answer, as: AssessmentFixtures.partner)
            #expect(try fact(store, "unanswered_required") == .int(answers.count - index - 1))
        }
        #expect(try store.assessment("A-0001").record.answers.count == answers.count)
        _ = try change(store, "submit", nil, as: AssessmentFixtures.partner, day: 3)
        _ = try change(store, "start_review", nil, as: AssessmentFixtures.reviewer, day: 4)
        #expect(throws: StoreError.self) {
            try change(store, "determine", nil, as: AssessmentFixtures.reviewer, day: 4)
        }
        for (index, standard) in questionnaire.standards.enumerated() {
            _ = try change(
                store, "rate", .rate(standard: standard.id, rating: "met", note: "seen"),
                as: AssessmentFixtures.reviewer, day: 5)
            #expect(try fact(store, "unrated_standards") == .int(questionnaire.standards.count - index - 1))
        }
        #expect(try fact(store, "capacity_level") == .string("full"))
        _ = try change(store, "determine", nil, as: AssessmentFixtures.reviewer, day: 6)
        _ = try change(store, "confirm", nil, as: AssessmentFixtures.reviewer, day: 6)
        let entry = try store.assessment("A-0001")
        #expect(entry.instance.snapshot.activeStates == ["valid"])
        #expect(entry.record.reviewNotes["policy"] == "seen")
        let history = try store.history("A-0001")
        #expect(history.first?.data["assessment"]?["partner"] == .string("P-0001"))
        #expect(history.contains { $0.data["change"]?["type"] == .string("rate") })
    }

    @Test func aFullPathVerifiesAndAnEditedRecordDoesNot() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        try runFullPath(temporary.store)
        let report = try temporary.store.verify()
        #expect(report.isIntact, "\(report.problems)")
        try temporary.tamper("UPDATE record SET value = replace(value, '\"met\"', '\"not_met\"')")
        let tampered = try temporary.store.verify()
        #expect(!tampered.isIntact)
        #expect(
            tampered.problems.first?.description.contains("the record A-0001") == true, "\(tampered.problems)"
        )
    }

    @Test func anEditedLinkDoesNotVerify() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        try temporary.tamper("UPDATE link SET target = 'P-0002'")
        let report = try temporary.store.verify()
        #expect(report.problems.first?.description.contains("the link A-0001") == true, "\(report.problems)")
    }

    @Test func aChangedQuestionnaireIsRefusedForARunningAssessment() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        let changed = DefinitionSet(
            files: AssessmentFixtures.files.map { path, folder in
                var file = StoreFixtures.repositoryFile(path, folder)
                if folder == .assessments { file.text += "\n# edited\n" }
                return file
            })
        let events = try temporary.count("event")
        do {
            _ = try temporary.store.changeAssessment(
                id: "A-0001", event: "answer",
                change: .answer(question: "policy.exists", answer: Answer(value: "yes")), assignments: [],
                actor: AssessmentFixtures.partner, definitions: changed, now: StoreFixtures.days(2))
            Issue.record("a changed questionnaire must be refused")
        } catch {
            guard case .questionnaireChanged("A-0001", "psea-common", _, let current) = error else {
                Issue.record("expected questionnaireChanged, got \(error)")
                return
            }
            #expect(current != nil)
        }
        #expect(try temporary.count("event") == events)
    }
}
