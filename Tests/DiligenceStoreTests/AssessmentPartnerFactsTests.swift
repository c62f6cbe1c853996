import DiligenceCore
import Foundation
import GRDB
import Testing

@testable import DiligenceStore

/// What a partner's assessments and capacity statuses contribute to its facts, read from a real
/// SQLite file, and how re-assessment, statuses, plans and shared assessments are recorded.
@Suite struct AssessmentPartnerFactsTests {
    let definitions = AssessmentFixtures.definitions(extra: [
        ("Workflows/capacity-status.yaml", .workflows), ("Assessments/psea-unicef-2020.yaml", .assessments),
    ])
    var questionnaire: Questionnaire { definitions.questionnaires["psea-common"]! }
    let officer = StoreFixtures.officer

    func step(
        _ store: DiligenceStore, _ id: String, _ event: String, _ change: AssessmentChange? = nil,
        as actor: Actor = AssessmentFixtures.reviewer, day: Double
    ) throws {
        try AssessmentFixtures.step(store, id, event, change, as: actor, day: day, definitions: definitions)
    }

    /// Runs an invited assessment to its determination, rating the first `met` standards met;
    /// confirms it (full capacity becomes final; otherwise the plan starts).
    func determine(_ store: DiligenceStore, _ id: String, met: Int, day: Double) throws {
        try AssessmentFixtures.determine(store, id, met: met, day: day, definitions: definitions)
    }

    /// An assessment A-0001 determined on day 10 with five standards met (low), whose plan gets
    /// on day 11 one item due on 1 March 2026.
    func lowWithAPlanItem() throws -> TemporaryStore {
        let temporary = try AssessmentFixtures.invited(definitions)
        try determine(temporary.store, "A-0001", met: 5, day: 10)
        try step(
            temporary.store, "A-0001", "add_plan_item",
            .addPlanItem(action: "Adopt a policy", owner: "Board", due: LocalDate("2026-03-01")!), day: 11)
        return temporary
    }

    func facts(_ temporary: TemporaryStore, day: Double) throws -> PartnerFactValues {
        try temporary.read { db in
            var facts = PartnerFactValues(now: StoreFixtures.days(day))
            try AssessmentRows.contribute(to: &facts, partner: "P-0001", db: db)
            return facts
        }
    }

    @Test func aPartnerWithoutAssessmentsIsNotAssessed() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        let facts = try facts(temporary, day: 2)
        #expect(facts.capacity == .notAssessed)
        #expect(facts.assessmentFinalOn == nil && facts.assessmentExpiresOn == nil)
        #expect(facts.assessmentsOpen == 1)
        #expect(facts.planItemsOverdue == 0 && facts.planOverdue == false)
    }

    @Test func aFinalDeterminationGivesLevelDatesAndExpiry() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        try determine(temporary.store, "A-0001", met: 8, day: 10)
        let facts = try facts(temporary, day: 11)
        #expect(facts.capacity == .rated(.full))
        #expect(facts.assessmentFinalOn == LocalDate("2026-01-11"))
        #expect(facts.assessmentExpiresOn == LocalDate("2031-01-11"))
        #expect(facts.assessmentsOpen == 0)
        let record = try temporary.store.assessment("A-0001").record
        #expect(record.final?.capacity == .full && record.preliminary == nil)
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aRunningPlanGivesThePreliminaryLevelAndGoesOverdue() throws {
        let temporary = try lowWithAPlanItem()
        var facts = try facts(temporary, day: 20)
        #expect(facts.capacity == .rated(.low))
        #expect(facts.assessmentFinalOn == nil)
        #expect(facts.planItemsOverdue == 0 && facts.planOverdue == false)
        #expect(facts.assessmentsOpen == 0)
        let record = try temporary.store.assessment("A-0001").record
        #expect(record.preliminary?.periodEndsOn == LocalDate("2026-07-11"))
        facts = try self.facts(temporary, day: 70)  // 2026-03-12
        #expect(facts.planItemsOverdue == 1 && facts.planOverdue == false)
        facts = try self.facts(temporary, day: 191)  // 2026-07-11
        #expect(facts.planOverdue == true)
    }

    @Test func tickSendsItemOverdueOnceAndRecomputesFacts() throws {
        let temporary = try lowWithAPlanItem()
        #expect(try temporary.store.tick(now: StoreFixtures.days(40), definitions: definitions).isEmpty)
        let fired = try temporary.store.tick(now: StoreFixtures.days(70), definitions: definitions)
        #expect(fired.map(\.event) == ["plan_item_overdue"])
        #expect(fired.first?.name == "plan_item.1")
        #expect(try temporary.store.tick(now: StoreFixtures.days(80), definitions: definitions).isEmpty)
        let entry = try temporary.store.assessment("A-0001")
        #expect(entry.record.planItems.first?.overdueReported == true)
        #expect(try facts(temporary, day: 80).planItemsOverdue == 1)
        let late = try temporary.store.tick(now: StoreFixtures.days(200), definitions: definitions)
        #expect(late.filter { $0.subject == "A-0001" }.map(\.event) == ["plan_overdue"])
        #expect(try facts(temporary, day: 200).planOverdue == true)
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func overdueItemsAndDeadlinesFireInDueOrder() throws {
        let temporary = try lowWithAPlanItem()
        // One tick long after both: the item was due on 1 March, the plan six months after day 10.
        let fired = try temporary.store.tick(now: StoreFixtures.days(200), definitions: definitions)
            .filter { $0.subject == "A-0001" }
        #expect(fired.map(\.event) == ["plan_item_overdue", "plan_overdue"])
        #expect(fired.map(\.dueAt) == fired.map(\.dueAt).sorted())
        let logged = try StoreRowsRead.strings(
            "SELECT name FROM event WHERE subject = 'A-0001' AND name IN ('plan_item_overdue', 'plan_overdue') ORDER BY seq",
            temporary)
        #expect(logged == ["plan_item_overdue", "plan_overdue"])
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func theMoreRecentOfStatusAndDeterminationCounts() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        let status = try temporary.store.recordCapacityStatus(
            partner: "P-0001", status: .lowCapacityAssumedEmergency, reason: "Flood response",
            questionnaire: nil,
            actor: officer, definitions: definitions, now: StoreFixtures.days(2))
        #expect(status == "CS-0001")
        #expect(try facts(temporary, day: 3).capacity == .lowCapacityAssumedEmergency)
        try determine(temporary.store, "A-0001", met: 8, day: 10)
        #expect(try facts(temporary, day: 11).capacity == .rated(.full))
        let statuses = try temporary.store.capacityStatuses(partner: "P-0001")
        #expect(statuses.map(\.states) == [["superseded"]])
        _ = try temporary.store.recordCapacityStatus(
            partner: "P-0001", status: .noContactWithBeneficiaries, reason: "Supplies only",
            questionnaire: nil,
            actor: officer, definitions: definitions, now: StoreFixtures.days(12))
        #expect(try facts(temporary, day: 13).capacity == .noContactWithBeneficiaries)
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func anEmergencyStatusSendsAssessmentOverdueAfterItsPeriod() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        _ = try temporary.store.recordCapacityStatus(
            partner: "P-0001", status: .lowCapacityAssumedEmergency, reason: "Flood response",
            questionnaire: "psea-common", actor: officer, definitions: definitions, now: StoreFixtures.days(0)
        )
        let entry = try #require(try temporary.store.capacityStatuses().first)
        #expect(entry.states == ["awaiting_assessment"])
        #expect(entry.record.assessBy == LocalDate("2026-04-01"))
        #expect(
            try temporary.store.tick(now: StoreFixtures.days(89), definitions: definitions).filter {
                $0.subject == "CS-0001"
            }.isEmpty)
        let fired = try temporary.store.tick(now: StoreFixtures.days(91), definitions: definitions)
        #expect(fired.filter { $0.subject == "CS-0001" }.map(\.event) == ["assessment_overdue"])
        #expect(try temporary.store.capacityStatuses().first?.states == ["assessment_overdue"])
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aRefusedStatusWritesNothing() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        let events = try temporary.count("event")
        #expect(throws: StoreError.self) {
            try temporary.store.recordCapacityStatus(
                partner: "P-0001", status: .notAssessed, reason: "  ", questionnaire: nil, actor: officer,
                definitions: definitions, now: StoreFixtures.days(2))
        }
        #expect(throws: StoreError.self) {
            try temporary.store.recordCapacityStatus(
                partner: "P-0009", status: .notAssessed, reason: "New", questionnaire: nil, actor: officer,
                definitions: definitions, now: StoreFixtures.days(2))
        }
        #expect(try temporary.count("event") == events)
    }

    @Test func aReassessmentCopiesTheLastFinalAnswers() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        try determine(temporary.store, "A-0001", met: 8, day: 10)
        let offer = try temporary.store.reusableAssessment(
            partner: "P-0001", questionnaire: "psea-common", definitions: definitions,
            now: StoreFixtures.days(300))
        #expect(offer?.id == "A-0001")
        #expect(offer?.reusableUntil == LocalDate("2027-01-10"))
        let id = try temporary.store.startAssessment(
            partner: "P-0001", questionnaire: "psea-common", copy: .previous, actor: officer,
            definitions: definitions, now: StoreFixtures.days(300))
        let copied = try temporary.store.assessment(id).record
        let original = try temporary.store.assessment("A-0001").record
        #expect(copied.copiedFrom == "A-0001")
        #expect(copied.answers == original.answers)
        #expect(copied.ratings.isEmpty && copied.final == nil)
        #expect(
            try temporary.store.assessment(id).instance.snapshot.context["unanswered_required"] == .int(0))
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aCopyOutsideTheWindowOrAcrossQuestionnairesIsRefused() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        try determine(temporary.store, "A-0001", met: 8, day: 10)
        let events = try temporary.count("event")
        func refusal(_ copy: AssessmentCopy, _ questionnaire: String, day: Double) -> String {
            do {
                _ = try temporary.store.startAssessment(
                    partner: "P-0001", questionnaire: questionnaire, copy: copy, actor: officer,
                    definitions: definitions, now: StoreFixtures.days(day))
                return "accepted"
            } catch {
                return error.detail
            }
        }
        #expect(
            refusal(.from("A-0001"), "psea-common", day: 400).contains("InputProblem.expired"))
        #expect(
            refusal(.from("A-0001"), "psea-unicef-2020", day: 20).contains(
                "\"questionnaire\": \"psea-unicef-2020 v2\""))
        #expect(
            refusal(.from("A-0009"), "psea-common", day: 20).contains("InputProblem.unknown"))
        #expect(refusal(.previous, "psea-common", day: 400).contains("InputProblem.expired"))
        #expect(try temporary.count("event") == events)
        #expect(
            try temporary.store.reusableAssessment(
                partner: "P-0001", questionnaire: "psea-common", definitions: definitions,
                now: StoreFixtures.days(400)
            ) == nil)
    }

    @Test func anExportedAssessmentIsAcceptedElsewhereInItsFinalState() throws {
        let source = try AssessmentFixtures.invited(definitions)
        try determine(source.store, "A-0001", met: 8, day: 10)
        let export = try source.store.exportAssessment(
            "A-0001", entity: "UNICEF Kenya", now: StoreFixtures.days(20))
        let text = export.json.prettyText
        let target = try AssessmentFixtures.invited(definitions)
        let read = try AssessmentExport.read(text, partner: "P-0001")
        let id = try target.store.importAssessment(
            read, partner: "P-0001", actor: officer, definitions: definitions, now: StoreFixtures.days(30))
        #expect(id == "A-0002")
        let entry = try target.store.assessment(id)
        #expect(entry.instance.snapshot.activeStates == ["valid"])
        #expect(entry.record.acceptedFrom?.entity == "UNICEF Kenya")
        #expect(entry.record.final == export.record.final)
        let facts = try facts(target, day: 31)
        #expect(facts.capacity == .rated(.full) && facts.assessmentFinalOn == LocalDate("2026-01-11"))
        // The validity runs from the original final determination.
        let fired = try target.store.tick(now: StoreFixtures.days(365 * 4 + 12), definitions: definitions)
        #expect(fired.filter { $0.subject == id }.map(\.event) == ["expiry_warning"])
        #expect(try target.store.verify().isIntact)
        #expect(throws: StoreError.self) {
            try target.store.importAssessment(
                read, partner: "P-0001", actor: officer, definitions: definitions, now: StoreFixtures.days(31)
            )
        }
    }

    @Test func anEditedStatusRecordDoesNotVerify() throws {
        let temporary = try AssessmentFixtures.invited(definitions)
        _ = try temporary.store.recordCapacityStatus(
            partner: "P-0001", status: .notAssessed, reason: "New partner", questionnaire: nil,
            actor: officer,
            definitions: definitions, now: StoreFixtures.days(2))
        #expect(try temporary.store.verify().isIntact)
        try temporary.tamper(
            "UPDATE record SET value = replace(value, 'not_assessed', 'no_contact_with_beneficiaries') WHERE subject = 'CS-0001'"
        )
        let report = try temporary.store.verify()
        #expect(
            report.problems.first?.description.contains("the record CS-0001") == true, "\(report.problems)")
    }
}
