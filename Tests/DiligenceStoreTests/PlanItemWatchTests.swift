import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

/// `tick` reads only the assessments whose plan items can be overdue, and misses none.
@Suite struct PlanItemWatchTests {
    let definitions = AssessmentFixtures.definitions()
    var questionnaire: Questionnaire { definitions.questionnaires["psea-common"]! }

    private func step(
        _ store: DiligenceStore, _ event: String, _ change: AssessmentChange? = nil,
        as actor: Actor = AssessmentFixtures.reviewer, day: Double
    ) throws {
        _ = try store.changeAssessment(
            id: "A-0001", event: event, change: change, assignments: [], actor: actor,
            definitions: definitions,
            now: StoreFixtures.days(day))
    }

    /// A-0001 determined low on day 10, with items due on 1 March and 1 April 2026 added on day 11.
    private func planned() throws -> TemporaryStore {
        let temporary = try AssessmentFixtures.invited(definitions)
        let store = temporary.store
        try AssessmentFixtures.determine(store, "A-0001", met: 5, day: 10, definitions: definitions)
        for due in ["2026-03-01", "2026-04-01"] {
            try step(
                store, "add_plan_item",
                .addPlanItem(action: "Adopt a policy", owner: "Board", due: LocalDate(due)!),
                as: StoreFixtures.officer, day: 11)
        }
        return temporary
    }

    private func watched(_ temporary: TemporaryStore) throws -> String? {
        try temporary.read { db in
            try db.value(String.self, "SELECT due_on FROM plan_item_due WHERE subject = 'A-0001'")
        }
    }

    /// The watch holds the earliest open, unreported item's day, moves on as items are reported
    /// and is gone when none is left.
    @Test func theWatchFollowsTheItems() throws {
        let temporary = try planned()
        #expect(try watched(temporary) == "2026-03-01")
        _ = try temporary.store.tick(now: StoreFixtures.days(70), definitions: definitions)
        #expect(try watched(temporary) == "2026-04-01")
        _ = try temporary.store.tick(now: StoreFixtures.days(100), definitions: definitions)
        #expect(try watched(temporary) == nil)
        #expect(try temporary.store.assessment("A-0001").record.planItems.allSatisfy(\.overdueReported))
    }

    /// A database of an earlier version, whose watch is empty, has it filled by its first tick,
    /// which sends the overdue items as before.
    @Test func anEarlierDatabaseIsFilledByItsFirstTick() throws {
        let temporary = try planned()
        try temporary.tamper("DELETE FROM plan_item_due")
        try temporary.tamper("DELETE FROM refresh_basis WHERE name = 'plan_items'")
        let fired = try temporary.store.tick(now: StoreFixtures.days(70), definitions: definitions)
        #expect(fired.map(\.event) == ["plan_item_overdue"])
        #expect(try watched(temporary) == "2026-04-01")
        #expect(try temporary.store.verify().isIntact)
    }
}
