import DiligenceCore
import DiligenceStore
import Foundation
import Testing

@Suite struct DeadlineTests {
    let definitions = StoreFixtures.definitions()

    @Test func dueDeadlinesFireOnceInDueOrderAndLeavingAStateCancelsItsDeadline() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        for name in ["A", "B"] {
            _ = try store.registerPartner(
                name: name, country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
                now: StoreFixtures.start)
        }
        _ = try store.send(
            subject: "P-0002", event: "start_assessment", assignments: [], actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(1))
        try store.startAssessmentOfA(definitions, now: StoreFixtures.days(2))
        #expect(try store.tick(now: StoreFixtures.days(90), definitions: definitions).isEmpty)
        let fired = try store.tick(now: StoreFixtures.days(200), definitions: definitions)
        #expect(fired.map(\.subject) == ["P-0002", "P-0001"])
        #expect(fired.allSatisfy { $0.event == "assessment_overdue" && $0.refusal == nil })
        #expect(try store.tick(now: StoreFixtures.days(300), definitions: definitions).isEmpty)
        let history = try store.history("P-0001")
        #expect(history.last?.kind == "deadline")
        #expect(history.last?.actor == Actor.deadline("assessment.assessment_overdue"))

        _ = try store.send(
            subject: "P-0001", event: "complete_assessment", assignments: [("capacity_level", "low")],
            actor: StoreFixtures.officer, definitions: definitions, now: StoreFixtures.days(301))
        _ = try store.send(
            subject: "P-0001", event: "reassess", assignments: [], actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(302))
        let all = try store.deadlines("P-0001")
        #expect(all.first { $0.event == "plan_overdue" }?.status == "cancelled")
        #expect(try store.verify().isIntact)
    }

    @Test func aMonthDeadlineUsesCalendarMonths() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        try store.registerPartnerA(definitions)
        try store.startAssessmentOfA(definitions, now: StoreFixtures.start)
        let august31 = Timestamp.parse("2026-08-31T10:00:00Z")!
        _ = try store.send(
            subject: "P-0001", event: "complete_assessment", assignments: [("capacity_level", "none")],
            actor: StoreFixtures.officer, definitions: definitions, now: august31)
        let plan = try store.deadlines("P-0001", pendingOnly: true).first { $0.event == "plan_overdue" }
        #expect(plan.map { Timestamp.format($0.dueAt) } == "2027-02-28T10:00:00.000Z")
    }
}
