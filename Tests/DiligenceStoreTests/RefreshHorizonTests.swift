import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

private typealias F = FlagFixtures

/// `tick` refreshes only the partners whose lifecycle can change with the date (``RefreshHorizon``),
/// and that misses nothing a refresh of every partner would do.
@Suite struct RefreshHorizonTests {
    let definitions = F.definitions()
    var questionnaire: Questionnaire { definitions.questionnaires["psea-common"]! }
    let officer = StoreFixtures.officer

    /// Registers a partner and, unless `met` is nil, assesses it on `day` with the first `met`
    /// standards met (eight: full capacity, final; fewer: a plan starts); returns its id.
    private func partner(_ store: DiligenceStore, _ name: String, met: Int?, day: Double) throws -> String {
        let id = try store.registerPartner(
            name: name, country: "KE", type: .ngo, actor: officer, definitions: definitions,
            now: StoreFixtures.days(day)
        ).id
        guard let met else { return id }
        let assessmentID = try store.startAssessment(
            partner: id, questionnaire: "psea-common", actor: officer, definitions: definitions,
            now: StoreFixtures.days(day))
        try AssessmentFixtures.step(
            store, assessmentID, "invite_partner", as: officer, day: day, definitions: definitions)
        try AssessmentFixtures.determine(store, assessmentID, met: met, day: day, definitions: definitions)
        return id
    }

    private func dueOn(_ temporary: TemporaryStore, _ partner: String) throws -> String? {
        try temporary.read { db in
            try db.value(String.self, "SELECT due_on FROM partner_refresh WHERE partner = ?", [partner])
        }
    }

    /// A portfolio whose lifecycles change with the date in every way the shipped rules and facts
    /// know (an assessment expiring then expired, plan items and a plan falling overdue, trainings
    /// lapsing), ticked every day for six years: after each tick, refreshing every partner changes
    /// nothing more, and on most days no partner is refreshed at all.
    @Test func aTickOnTheDueDaysMissesNothingARefreshOfEveryPartnerWouldDo() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let registered = try partner(store, "Registered only", met: nil, day: 1)
        let full = try partner(store, "Full capacity", met: 8, day: 2)
        let low = try partner(store, "Low capacity", met: 5, day: 3)
        try AssessmentFixtures.step(
            store, "A-0002", "add_plan_item",
            .addPlanItem(action: "Adopt a policy", owner: "Board", due: LocalDate("2026-03-01")!),
            as: officer, day: 4, definitions: definitions)
        for (category, count) in [(PersonnelCategory.staff, 10), (.volunteers, 4)] {
            _ = try store.changeTraining(
                partner: full,
                change: .personnel(
                    PersonnelGroup(category: category, headCount: count, inContactWithBeneficiaries: true)),
                actor: F.focalPoint, definitions: definitions, now: StoreFixtures.days(5))
        }
        _ = try store.changeTraining(
            partner: full,
            change: .trainings([
                TrainingRecord(
                    course: "PSEA", date: LocalDate(StoreFixtures.days(5)), provider: nil,
                    attendance: [
                        .staff: Attendance(unnamedCount: 10), .volunteers: Attendance(unnamedCount: 4),
                    ])
            ]), actor: F.focalPoint, definitions: definitions, now: StoreFixtures.days(5))
        #expect(try dueOn(temporary, registered) == RefreshHorizon.never)
        #expect(try dueOn(temporary, full) != nil && dueOn(temporary, low) != nil)

        var daysWithWork = 0
        // Every day on SQLite; every fifth on PostgreSQL, whose round trips make a day slower.
        for day in stride(from: 6, to: 6 * 365, by: TemporaryStore.onPostgres ? 5 : 1) {
            let now = StoreFixtures.days(Double(day))
            _ = try store.tick(now: now, definitions: definitions)
            let due = try temporary.read { db in try RefreshHorizon.due(on: LocalDate(now), db: db) }
            if !due.isEmpty { daysWithWork += 1 }
            _ = try store.refreshAllPartners(now: now, definitions: definitions)
            let head = try store.logHeadSequence()
            try temporary.tamper("DELETE FROM refresh_basis")
            let missed = try store.refreshAllPartners(now: now, definitions: definitions)
            #expect(missed.isEmpty, "day \(day): a refresh of every partner moved \(missed)")
            #expect(
                try store.logHeadSequence() == head, "day \(day): a refresh of every partner wrote to the log"
            )
            if try store.logHeadSequence() != head { break }
            // The facts the refreshes kept are those the records give on the day.
            if day % 30 == 0 {
                let kept = try store.portfolioRisk(now: now, definitions: definitions).lines.map(
                    \.facts.storedText)
                let read = try store.portfolioRisk(now: now).lines.map(\.facts.storedText)
                #expect(kept == read, "day \(day)")
            }
        }
        #expect(daysWithWork > 0)
        #expect(daysWithWork < 40, "partners were due on \(daysWithWork) days of six years")
        let flags = try store.flags(partner: full).compactMap(\.rule)
        #expect(flags.contains("assessment-expiring") && flags.contains("assessment-expired"))
        // Raised when personnel was recorded before the training, and again when the training lapsed.
        #expect(flags.filter { $0 == "training-coverage-low" }.count == 2)
        #expect(try store.flags(partner: low).compactMap(\.rule).contains("plan-items-overdue"))
        #expect(try store.verify().isIntact)
    }

    /// The risk report reads the facts a partner's last refresh kept while they hold, and the
    /// records otherwise: after the partner's day, on a day before they were kept, or under other
    /// rules.
    @Test func theRiskReportReadsTheKeptFactsWhileTheyHold() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let id = try partner(store, "Amani", met: nil, day: 1)
        let now = StoreFixtures.days(2)
        _ = try store.refreshAllPartners(now: now, definitions: definitions)
        func capacity(_ now: Date, _ definitions: DefinitionSet?) throws -> CapacityStanding? {
            try store.portfolioRisk(now: now, definitions: definitions).lines.first { $0.partner.id == id }?
                .facts
                .capacity
        }
        #expect(try capacity(now, definitions) == .notAssessed)
        // What the report shows is the kept line: edited behind the store's back, it shows.
        var edited = PartnerFactValues(now: now)
        edited.capacity = .rated(.none)
        try temporary.tamper(
            "UPDATE partner_refresh SET facts = '\(edited.storedText)', due_on = '2026-02-01' WHERE partner = '\(id)'"
        )
        #expect(try capacity(now, definitions) == .rated(.none))
        #expect(try capacity(now, nil) == .notAssessed)
        #expect(try capacity(StoreFixtures.days(31), definitions) == .notAssessed)
        #expect(try capacity(StoreFixtures.days(0.5), definitions) == .notAssessed)
        try temporary.tamper("UPDATE refresh_basis SET basis = 'older rules' WHERE name = 'partner'")
        #expect(try capacity(now, definitions) == .notAssessed)
    }

    /// When the rules change, the days kept were computed under the old ones: the next tick
    /// refreshes every running partner once, then only the due ones again.
    @Test func changedRulesRefreshEveryPartnerOnce() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let first = try partner(store, "Amani", met: nil, day: 1)
        _ = try partner(store, "Baraka", met: nil, day: 1)
        let now = StoreFixtures.days(2)
        _ = try store.refreshAllPartners(now: now, definitions: definitions)
        #expect(try temporary.read { db in try RefreshHorizon.due(on: LocalDate(now), db: db) }.isEmpty)
        let stored = try temporary.read { db in try RefreshHorizon.storedBasis(db: db) }
        #expect(
            stored
                == RefreshHorizon.basis(
                    definitions.workflow(forSubject: "partner")!, definitions: definitions))
        // A partner its registration flagged never: a rules file reading the date through a fact
        // compared with a fact would change any day.
        try temporary.tamper("UPDATE refresh_basis SET basis = 'older rules'")
        try temporary.tamper("UPDATE partner_refresh SET due_on = '\(RefreshHorizon.never)'")
        try temporary.tamper("DELETE FROM partner_refresh WHERE partner = '\(first)'")
        _ = try store.refreshAllPartners(now: now, definitions: definitions)
        #expect(try dueOn(temporary, first) == RefreshHorizon.never)
        #expect(try temporary.read { db in try RefreshHorizon.storedBasis(db: db) } == stored)
    }

    /// A closed partner's facts are kept for the reports like any other's; its lifecycle takes no
    /// more steps.
    @Test func aClosedPartnersFactsAreKept() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let id = try partner(store, "Amani", met: nil, day: 1)
        #expect(try dueOn(temporary, id) == RefreshHorizon.never)
        _ = try store.send(
            subject: id, event: "close", assignments: [(field: "closure_reason", value: "Programme ended.")],
            actor: StoreFixtures.manager, definitions: definitions, now: StoreFixtures.days(2))
        #expect(try dueOn(temporary, id) == RefreshHorizon.never)
        let flag = try store.raiseFlag(
            partner: id, category: .financial, level: .yellow, reason: "Audit finding after closure",
            actor: officer, definitions: definitions, now: StoreFixtures.days(3))
        let now = StoreFixtures.days(4)
        _ = try store.refreshAllPartners(now: now, definitions: definitions)
        let kept = try store.portfolioRisk(now: now, definitions: definitions).lines.first {
            $0.partner.id == id
        }
        let read = try store.portfolioRisk(now: now).lines.first { $0.partner.id == id }
        #expect(kept?.facts.storedText == read?.facts.storedText)
        #expect(kept?.openFlags(.yellow) == 1, "\(flag)")
    }
}
