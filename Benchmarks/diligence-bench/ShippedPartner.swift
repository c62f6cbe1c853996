import DiligenceCore
import DiligenceStore
import Foundation

/// A partner on the shipped lifecycle brought, through real records, to where events can be sent
/// to it over and over: its `psea-common` assessment answered, rated `not_met` on every standard,
/// determined and confirmed (low capacity, a capacity-strengthening plan running), and the
/// assessment completed, so the partner is in `capacity_strengthening`. From there `reassess` and
/// `complete_assessment` alternate; the store computes the partner's facts from its assessment
/// before each of them, and each enters or leaves `assessment` (a notification, a deadline).
enum ShippedPartner {
    static let officer = Actor(user: "bench", role: "programme_officer")
    static let partnerActor = Actor(user: "bench-partner", role: "partner")
    static let reviewer = Actor(user: "bench-reviewer", role: "psea_focal_point")

    /// Registers `P-0001` and its assessment `A-0001`, and takes them through the determination.
    static func prepare(_ store: DiligenceStore, definitions: DefinitionSet, start: Date) throws {
        guard let questionnaire = definitions.questionnaires["psea-common"] else {
            throw BenchmarkFailure("Assessments/psea-common.yaml is not loaded")
        }
        func day(_ count: Double) -> Date { start.addingTimeInterval(count * 86_400) }
        _ = try store.registerPartner(
            name: "Bench", country: "KE", type: .ngo, actor: officer, definitions: definitions, now: start)
        let id = try store.startAssessment(
            partner: "P-0001", questionnaire: questionnaire.id, actor: officer, definitions: definitions,
            now: start)
        func change(_ event: String, _ change: AssessmentChange? = nil, as actor: Actor, on date: Double)
            throws
        {
            _ = try store.changeAssessment(
                id: id, event: event, change: change, assignments: [], actor: actor, definitions: definitions,
                now: day(date))
        }
        try change("invite_partner", as: officer, on: 1)
        for question in questionnaire.standards.flatMap(\.questions) where question.isRequired {
            try change(
                "answer",
                .answer(question: question.id, answer: Answer(value: answer(question, questionnaire))),
                as: partnerActor, on: 2)
        }
        try change("submit", as: partnerActor, on: 3)
        try change("start_review", as: reviewer, on: 4)
        for standard in questionnaire.standards {
            try change(
                "rate", .rate(standard: standard.id, rating: "not_met", note: nil), as: reviewer, on: 5)
        }
        try change("determine", as: reviewer, on: 6)
        try change("confirm", as: reviewer, on: 7)
        _ = try store.send(
            subject: "P-0001", event: "complete_assessment", assignments: [], actor: officer,
            definitions: definitions, now: day(8))
        let states = try store.instance("P-0001").snapshot.activeStates
        guard states == ["capacity_strengthening"] else {
            throw BenchmarkFailure("the bench partner is in \(states), not capacity_strengthening")
        }
    }

    /// The events sent in turn once the partner is prepared.
    static let events = ["reassess", "complete_assessment"]

    /// When the events are sent: a day after the assessment was completed, while its plan runs.
    static func eventDate(start: Date) -> Date { start.addingTimeInterval(9 * 86_400) }

    private static func answer(_ question: Question, _ questionnaire: Questionnaire) -> String {
        switch question.answer {
        case .yesNo: "yes"
        case .metOrNotMet: "met"
        case .date: "2025-06-30"
        case .text: "Described in our handbook."
        case .rating(let scale): questionnaire.scale(scale)?.levels.last?.id ?? ""
        }
    }
}
