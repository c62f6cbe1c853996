import DiligenceCore
import DiligenceStore
import Foundation
import Testing

private typealias F = FlagFixtures

/// A partner's training record in the store: personnel and sessions as events with their change,
/// coverage as the partner's facts, confirmation guarded by the threshold, renewal overdue after
/// trainings expire, and the audit replaying all of it.
@Suite struct TrainingStoreTests {
    let definitions = F.definitions()

    private func change(_ store: DiligenceStore, _ change: TrainingChange, day: Double) throws {
        _ = try store.changeTraining(
            partner: "P-0001", change: change, actor: F.focalPoint, definitions: definitions,
            now: StoreFixtures.days(day))
    }

    private static func staff(_ count: Int) -> TrainingChange {
        .personnel(PersonnelGroup(category: .staff, headCount: count, inContactWithBeneficiaries: true))
    }

    private static func session(_ people: Int, on date: String) -> TrainingChange {
        .trainings([
            TrainingRecord(
                course: "PSEA basics", date: LocalDate(date)!, provider: "UN online course",
                attendance: [.staff: Attendance(unnamedCount: people)])
        ])
    }

    private func openRuleFlags(_ store: DiligenceStore) throws -> [String] {
        try store.flags(partner: "P-0001", openOnly: true).compactMap(\.rule)
    }

    /// `P-0001` assessed at full capacity and in engagement (2026-01-08).
    private func engaged() throws -> TemporaryStore {
        let temporary = try AssessmentFixtures.invited(definitions)
        let store = temporary.store
        let questionnaire = try #require(definitions.questionnaires["psea-common"])
        func step(_ event: String, _ change: AssessmentChange? = nil, as actor: Actor, day: Double) throws {
            _ = try store.changeAssessment(
                id: "A-0001", event: event, change: change, assignments: [], actor: actor,
                definitions: definitions, now: StoreFixtures.days(day))
        }
        for answer in AssessmentFixtures.answers(questionnaire) {
            try step("answer", answer, as: AssessmentFixtures.partner, day: 2)
        }
        try step("submit", as: AssessmentFixtures.partner, day: 3)
        try step("start_review", as: AssessmentFixtures.reviewer, day: 4)
        for standard in questionnaire.standards {
            try step(
                "rate", .rate(standard: standard.id, rating: "met", note: nil),
                as: AssessmentFixtures.reviewer, day: 5)
        }
        try step("determine", as: AssessmentFixtures.reviewer, day: 6)
        try step("confirm", as: AssessmentFixtures.reviewer, day: 7)
        _ = try store.send(
            subject: "P-0001", event: "complete_assessment", assignments: [], actor: F.officer,
            definitions: definitions, now: StoreFixtures.days(7))
        return temporary
    }

    @Test func coverageBecomesThePartnersFactsAndTheCoverageRuleRaisesAndClears() throws {
        let temporary = try F.store(definitions)
        let store = temporary.store
        try change(store, Self.staff(10), day: 1)
        var context = try store.instance("P-0001").snapshot.context
        #expect(context["training_coverage"] == .string("0"))
        #expect(context["training_coverage_required"] == .string("1"))
        #expect(try openRuleFlags(store) == ["training-coverage-low"])
        try change(store, Self.session(6, on: "2026-01-02"), day: 2)
        context = try store.instance("P-0001").snapshot.context
        #expect(context["training_coverage"] == .string("0.6"))
        // The board report adds up the people behind the share.
        let figures = try store.portfolioIndicators(
            year: nil, targets: IndicatorTargets(partnersAssessed: 1, personnelTrained: 1),
            now: StoreFixtures.days(2))
        #expect(figures.personnelInScope == 10 && figures.personnelTrained == 6)
        try change(store, Self.session(4, on: "2026-01-03"), day: 3)
        #expect(try store.instance("P-0001").snapshot.context["training_coverage"] == .string("1"))
        #expect(try openRuleFlags(store).isEmpty)
        let record = try #require(try store.training(partner: "P-0001"))
        #expect(record.id == "T-0001")
        #expect(record.record.trainings.count == 2)
        #expect(
            try store.history("T-0001").map(\.name) == [
                "start", "record_personnel", "record_training", "record_training",
            ])
        #expect(try store.verify().isIntact)
    }

    @Test func confirmingNeedsTheThresholdAndExpiredTrainingsMakeRenewalOverdue() throws {
        let temporary = try engaged()
        let store = temporary.store
        try change(store, Self.staff(4), day: 8)
        try change(store, Self.session(3, on: "2026-01-09"), day: 9)
        let events = try temporary.count("event")
        do {
            _ = try store.confirmTraining(
                partner: "P-0001", actor: F.officer, definitions: definitions, now: StoreFixtures.days(10))
            Issue.record("confirming below the threshold must be refused")
        } catch {
            let input = error.input
            #expect(input?.problem == .belowPolicy, "\(error)")
            #expect(input?.values["trained"] == "3" && input?.values["inScope"] == "4", "\(error)")
            #expect(input?.values["threshold"] == "100 %", "\(error)")
        }
        #expect(try temporary.count("event") == events)
        try change(store, Self.session(1, on: "2026-01-10"), day: 10)
        _ = try store.confirmTraining(
            partner: "P-0001", actor: F.officer, definitions: definitions, now: StoreFixtures.days(10))
        #expect(try store.instance("P-0001").snapshot.activeStates.contains("training_confirmed"))
        #expect(try openRuleFlags(store).isEmpty)

        // A year on the trainings expired: tick re-evaluates the rules, once however often it runs.
        let later = StoreFixtures.days(380)
        for _ in 0..<3 { _ = try store.refreshAllPartners(now: later, definitions: definitions) }
        #expect(try store.instance("P-0001").snapshot.context["training_renewal_overdue"] == .bool(true))
        #expect(Set(try openRuleFlags(store)) == ["training-renewal-overdue", "training-coverage-low"])
        #expect(try store.flags(partner: "P-0001", openOnly: true).count == 2)

        // Renewed trainings clear both flags, each with a history entry.
        _ = try store.changeTraining(
            partner: "P-0001", change: Self.session(4, on: "2027-01-10"), actor: F.focalPoint,
            definitions: definitions, now: later)
        #expect(try openRuleFlags(store).isEmpty)
        #expect(try store.flags(partner: "P-0001").allSatisfy { $0.state == "resolved" })
        #expect(try store.verify().isIntact)
    }

    @Test func badChangesAreRefusedAndWriteNothing() throws {
        let temporary = try F.store(definitions)
        let store = temporary.store
        let bad: [(TrainingChange, InputField)] = [
            (Self.staff(-1), .count),
            (Self.session(0, on: "2026-01-01"), .people),
            (Self.session(3, on: "2026-03-01"), .date),
            (.trainings([]), .sheet),
        ]
        for (change, field) in bad {
            let refusal = F.refusal { try self.change(store, change, day: 1) }
            #expect(refusal?.input?.field == field, "\(String(describing: refusal))")
        }
        do {
            _ = try store.changeTraining(
                partner: "P-0001", change: Self.staff(3), actor: Actor(user: "x", role: "procurement"),
                definitions: definitions, now: StoreFixtures.days(1))
            Issue.record("a role outside the training workflow must be refused")
        } catch {
            #expect(error.input?.field == .role, "\(error)")
        }
        #expect(try temporary.count("event") == 1)
        #expect(try temporary.count("record") == 0)
    }

    @Test func theAuditReplaysTrainingRecordsAndCatchesAnEditedOne() throws {
        let temporary = try F.store(definitions)
        try change(temporary.store, Self.staff(10), day: 1)
        try change(temporary.store, Self.session(10, on: "2026-01-02"), day: 2)
        #expect(try temporary.store.verify().isIntact)
        try temporary.tamper(
            "UPDATE record SET value = replace(value, '\"head_count\":10', '\"head_count\":5') WHERE kind = 'training'"
        )
        let report = try temporary.store.verify()
        #expect(!report.isIntact)
        #expect(report.problems.first?.description.contains("T-0001") == true, "\(report.problems)")
    }

    @Test func theAuditCatchesAFlagMovedToAnotherPartner() throws {
        let temporary = try F.store(definitions)
        _ = try temporary.store.registerPartner(
            name: "Other", country: "KE", type: .ngo, actor: StoreFixtures.manager, definitions: definitions,
            now: StoreFixtures.start)
        _ = try temporary.store.raiseFlag(
            partner: "P-0001", category: .other, level: .yellow, reason: "x", actor: F.officer,
            definitions: definitions, now: StoreFixtures.days(1))
        #expect(try temporary.store.verify().isIntact)
        try temporary.tamper("UPDATE link SET target = 'P-0002' WHERE subject = 'F-0001'")
        #expect(!(try temporary.store.verify().isIntact))
    }
}
