import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// The shipped assessment workflow driven the way the store will drive it: each event's record
/// change is checked and applied first, the facts are recomputed from the record, then the engine
/// steps with them.
@Suite struct AssessmentWalkthroughTests {
    struct Assessment {
        let workflow: WorkflowDefinition
        let questionnaire: Questionnaire
        var record: AssessmentRecord
        var instance: WorkflowInstance
        var now: Date
        var deadlines: [String: Date] = [:]

        init(questionnaire id: String) throws {
            let path = "Workflows/psea-assessment.yaml"
            let (loaded, report) = WorkflowLoader.load(file: path, text: try Repository.text(path))
            #expect(report.errors.isEmpty, "\(report.errors)")
            workflow = try #require(loaded)
            questionnaire = try QuestionnaireFixtures.shipped(id)
            record = AssessmentRecord(questionnaire: QuestionnaireReference(questionnaire), partner: "P-0001")
            let start = try #require(LocalDate("2026-02-02")).startOfDay
            now = start
            let initialFacts = workflow.derivedValues(
                record.facts(questionnaire: questionnaire, today: LocalDate(start)))
            let step = Engine.start(workflow, subject: "A-0001", now: start, facts: initialFacts)
            instance = step.instance
            note(step)
        }

        var states: [String] { workflow.currentStates(of: instance) }

        mutating func note(_ step: Step) {
            for effect in step.effects {
                switch effect {
                case .deadlineScheduled(let id, _, let due): deadlines[id] = due
                case .deadlineCancelled(let id): deadlines[id] = nil
                default: break
                }
            }
        }

        @discardableResult
        mutating func send(
            _ event: String, as role: String, change: AssessmentChange? = nil,
            set assignments: [(field: String, value: String)] = []
        ) throws -> Rejection? {
            var changed = record
            if let change { changed = try record.applying(change, questionnaire: questionnaire) }
            let facts = workflow.derivedValues(
                changed.facts(questionnaire: questionnaire, today: LocalDate(now)))
            let input = try workflow.event(event, assignments: assignments)
            switch Engine.step(
                workflow, instance, event: input, actor: Actor(user: role, role: role), now: now, facts: facts
            ) {
            case .accepted(let step):
                record = changed
                instance = step.instance
                note(step)
                return nil
            case .rejected(let rejection):
                return rejection
            }
        }
    }

    @Test func aFullCapacityPartnerIsDeterminedWithoutAPlan() throws {
        var assessment = try Assessment(questionnaire: "psea-common")
        #expect(assessment.states == ["draft"])
        try #require(try assessment.send("invite_partner", as: "programme_officer") == nil)
        #expect(
            try assessment.send(
                "answer", as: "programme_officer",
                change: .answer(question: "policy.exists", answer: Answer(value: "yes"))) != nil)
        guard case .guardFailed? = try assessment.send("submit", as: "partner") else {
            Issue.record("submitting with required questions unanswered must be refused")
            return
        }
        for question in assessment.questionnaire.standards.flatMap(\.questions)
        where question.isRequired
            && assessment.questionnaire.isAsked(question, answers: assessment.record.answers)
        {
            let value: String
            switch question.answer {
            case .yesNo: value = "yes"
            case .metOrNotMet: value = "met"
            case .date: value = "2025-06-30"
            case .text: value = "Described in our handbook."
            case .rating(let scale): value = assessment.questionnaire.scale(scale)?.levels.last?.id ?? ""
            }
            try #require(
                try assessment.send(
                    "answer", as: "partner",
                    change: .answer(question: question.id, answer: Answer(value: value))) == nil)
        }
        try #require(try assessment.send("submit", as: "partner") == nil)
        guard
            case .notAccepted? = try assessment.send(
                "answer", as: "partner",
                change: .answer(question: "policy.exists", answer: Answer(value: "no")))
        else {
            Issue.record("answering after submission must be refused")
            return
        }
        try #require(try assessment.send("start_review", as: "psea_focal_point") == nil)
        guard
            case .roleNotAllowed? = try assessment.send(
                "rate", as: "partner", change: .rate(standard: "policy", rating: "met", note: nil))
        else {
            Issue.record("the partner must not rate")
            return
        }
        for standard in assessment.questionnaire.standards {
            try #require(
                try assessment.send(
                    "rate", as: "psea_focal_point",
                    change: .rate(standard: standard.id, rating: "met", note: nil)) == nil)
        }
        try #require(try assessment.send("determine", as: "psea_focal_point") == nil)
        try #require(try assessment.send("confirm", as: "psea_focal_point") == nil)
        #expect(assessment.states == ["valid"])
        #expect(
            assessment.instance.values[try #require(assessment.workflow.field("capacity_level")).slot]
                == .string("full"))
        let validity = try #require(assessment.deadlines["validity"])
        #expect(LocalDate(validity).description == "2031-02-02")
        #expect(LocalDate(try #require(assessment.deadlines["validity_warning"])).description == "2030-02-02")
    }

    @Test func aLowCapacityPartnerGetsAPlanWhosePeriodComesFromTheQuestionnaire() throws {
        var assessment = try Assessment(questionnaire: "psea-unicef-2020")
        try #require(try assessment.send("invite_partner", as: "programme_officer") == nil)
        for question in assessment.questionnaire.standards.flatMap(\.questions)
        where question.isRequired
            && assessment.questionnaire.isAsked(question, answers: assessment.record.answers)
        {
            let value: String
            switch question.answer {
            case .yesNo: value = "no"
            case .metOrNotMet: value = "not_met"
            case .date: value = "2025-06-30"
            case .text: value = "Not yet in place."
            case .rating(let scale): value = assessment.questionnaire.scale(scale)?.levels.first?.id ?? ""
            }
            try #require(
                try assessment.send(
                    "answer", as: "partner",
                    change: .answer(question: question.id, answer: Answer(value: value))) == nil)
        }
        try #require(try assessment.send("submit", as: "partner") == nil)
        try #require(try assessment.send("start_review", as: "programme_officer") == nil)
        guard case .missingData? = try assessment.send("return_to_partner", as: "programme_officer") else {
            Issue.record("returning without a reason must be refused")
            return
        }
        for standard in assessment.questionnaire.standards {
            try #require(
                try assessment.send(
                    "rate", as: "programme_officer",
                    change: .rate(standard: standard.id, rating: "absent", note: nil)) == nil)
        }
        try #require(try assessment.send("determine", as: "programme_officer") == nil)
        try #require(try assessment.send("confirm", as: "programme_officer") == nil)
        #expect(assessment.states == ["planning"])
        #expect(LocalDate(try #require(assessment.deadlines["plan_period"])).description == "2026-08-02")
        guard case .guardFailed? = try assessment.send("start_monitoring", as: "programme_officer") else {
            Issue.record("monitoring an empty plan must be refused")
            return
        }
        let due = try #require(LocalDate("2026-05-01"))
        try #require(
            try assessment.send(
                "add_plan_item", as: "programme_officer",
                change: .addPlanItem(action: "Adopt a PSEA policy", owner: "Director", due: due)) == nil)
        try #require(try assessment.send("start_monitoring", as: "programme_officer") == nil)
        guard case .guardFailed? = try assessment.send("finalise", as: "programme_officer") else {
            Issue.record("finalising with open plan items must be refused")
            return
        }
        try #require(
            try assessment.send(
                "complete_plan_item", as: "partner",
                change: .completePlanItem(item: "1", on: due, evidence: "Policy adopted by the board")) == nil
        )
        try #require(try assessment.send("finalise", as: "programme_officer") == nil)
        #expect(assessment.states == ["valid"])
        #expect(assessment.deadlines["plan_period"] == nil)
        #expect(
            assessment.instance.values[try #require(assessment.workflow.field("capacity_level")).slot]
                == .string("low"))
    }
}
