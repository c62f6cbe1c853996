import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The partner lifecycle reads its facts from the partner's records: an assessment started moves
/// the partner into assessment, the determination sets its capacity, and each refresh is logged
/// and replayed by the audit.
@Suite struct PartnerFactsTests {
    let definitions = AssessmentFixtures.definitions()
    var questionnaire: Questionnaire { definitions.questionnaires["psea-common"]! }

    func change(
        _ store: DiligenceStore, _ event: String, _ change: AssessmentChange? = nil, as actor: Actor,
        day: Double
    ) throws {
        _ = try store.changeAssessment(
            id: "A-0001", event: event, change: change, assignments: [], actor: actor,
            definitions: definitions,
            now: StoreFixtures.days(day))
    }

    /// Answers, submits, rates every standard `rating` and determines `A-0001`, then confirms.
    func determine(_ store: DiligenceStore, rating: String) throws {
        for answer in AssessmentFixtures.answers(questionnaire) {
            try change(store, "answer", answer, as: AssessmentFixtures.partner, day: 2)
        }
        try change(store, "submit", as: AssessmentFixtures.partner, day: 3)
        try change(store, "start_review", as: AssessmentFixtures.reviewer, day: 4)
        for standard in questionnaire.standards {
            try change(
                store, "rate", .rate(standard: standard.id, rating: rating, note: nil),
                as: AssessmentFixtures.reviewer, day: 5)
        }
        try change(store, "determine", as: AssessmentFixtures.reviewer, day: 6)
        try change(store, "confirm", as: AssessmentFixtures.reviewer, day: 7)
    }

    func partner(_ store: DiligenceStore) throws -> InstanceSnapshot {
        try store.instance("P-0001").snapshot
    }

    func completeAssessment(_ store: DiligenceStore, day: Double) throws(StoreError) -> SendResult {
        try store.send(
            subject: "P-0001", event: "complete_assessment", assignments: [], actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(day))
    }

    @Test func startingAnAssessmentMovesThePartnerIntoAssessment() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        let snapshot = try partner(temporary.store)
        #expect(snapshot.activeStates == ["assessment"])
        #expect(snapshot.context["assessments_open"] == .int(1))
        #expect(snapshot.context["capacity_level"] == .string("not_assessed"))
        let refresh = try #require(try temporary.store.history("P-0001").last)
        #expect(refresh.kind == "refresh")
        #expect(refresh.actor.role == SystemRole.name)
        #expect(refresh.data["facts"]?["assessments_open"] == .int(1))
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func theLifecycleRefusesToMoveOnBeforeTheDetermination() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        do {
            _ = try completeAssessment(temporary.store, day: 2)
            Issue.record("completing the assessment before any determination must be refused")
        } catch {
            #expect(error.detail.contains("not_assessed"), "\(error.detail)")
        }
        #expect(try partner(temporary.store).activeStates == ["assessment"])
    }

    @Test func aFullCapacityDeterminationLetsThePartnerEngage() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        try determine(temporary.store, rating: "met")
        let snapshot = try partner(temporary.store)
        #expect(snapshot.context["capacity_level"] == .string("full"))
        #expect(snapshot.context["assessments_open"] == .int(0))
        #expect(snapshot.context["assessment_final_on"] == .string("2026-01-08"))
        let result = try completeAssessment(temporary.store, day: 8)
        #expect(result.step.instance.isComplete == false)
        let states = try partner(temporary.store).activeStates
        #expect(states.contains("engagement") && states.contains("clauses_pending"))
        let step = try #require(try temporary.store.history("P-0001").last)
        #expect(step.data["facts"]?["capacity_level"] == .string("full"))
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aLowDeterminationCountsWhileItsPlanRuns() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        try determine(temporary.store, rating: "not_met")
        let assessment = try temporary.store.assessment("A-0001").instance.snapshot
        #expect(assessment.activeStates.contains("strengthening"))
        let snapshot = try partner(temporary.store)
        #expect(snapshot.context["capacity_level"] != .string("not_assessed"))
        #expect(snapshot.context["assessment_final_on"] == nil)
        _ = try completeAssessment(temporary.store, day: 8)
        #expect(try partner(temporary.store).activeStates == ["capacity_strengthening"])
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aReassessmentStartedDuringThePlanTakesThePartnerBackToAssessment() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        try determine(temporary.store, rating: "not_met")
        _ = try completeAssessment(temporary.store, day: 8)
        _ = try temporary.store.startAssessment(
            partner: "P-0001", questionnaire: "psea-common", actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(9))
        #expect(try partner(temporary.store).activeStates == ["assessment"])
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aChangedRefreshInTheLogIsFound() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        try temporary.allowEditingTheLog()
        try temporary.tamper(
            """
            UPDATE event SET data = replace(data, '"assessments_open":1', '"assessments_open":2')
            WHERE kind = 'refresh'
            """)
        let report = try temporary.store.verify()
        #expect(!report.isIntact)
        #expect(report.problems.first?.message.contains("changed after it was written") == true)
    }
}
