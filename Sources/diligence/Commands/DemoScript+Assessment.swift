import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The demo's assessments: started by the programme officer, answered by the partner, rated by the
/// PSEA focal point, determined and confirmed, on `psea-common`.
extension DemoScript {
    static let questionnaireID = "psea-common"

    /// Starts a `psea-common` assessment of `partner` and invites the partner; returns its id.
    func startAssessment(_ partner: String) async throws -> String {
        let (id, _) = try await service.startAssessment(
            partner: partner, questionnaire: Self.questionnaireID, by: try await signedIn(Self.officer))
        print("  \(id)  assessment of \(partner) started on \(Self.questionnaireID) by \(Self.officer.user)")
        try await printPartner(partner)
        try await assessment(id, "invite_partner", Self.officer)
        return id
    }

    /// The partner's own staff answer every required question and submit; the focal point rates the first
    /// `metStandards` standards met and the others not met, determines and confirms.
    func assess(_ id: String, of partner: String, metStandards: Int) async throws {
        guard let questionnaire = definitions.questionnaires[Self.questionnaireID] else {
            throw CommandFailure("the demo needs the questionnaire \(Self.questionnaireID) in Assessments/")
        }
        for question in questionnaire.standards.flatMap(\.questions) where question.isRequired {
            try await assessment(
                id, "answer", Self.partnerUser(partner),
                change: .answer(
                    question: question.id, answer: Answer(value: Self.answer(question, questionnaire))),
                quiet: true)
        }
        print("  \(id)  the partner answered every required question")
        try await assessment(id, "submit", Self.partnerUser(partner))
        try await assessment(id, "start_review", Self.focalPoint)
        for (index, standard) in questionnaire.standards.enumerated() {
            let rating = index < metStandards ? "met" : "not_met"
            try await assessment(
                id, "rate", Self.focalPoint, change: .rate(standard: standard.id, rating: rating, note: nil),
                quiet: true)
        }
        print("  \(id)  rated \(metStandards) of \(questionnaire.standards.count) standards met")
        try await assessment(id, "determine", Self.focalPoint)
        try await assessment(id, "confirm", Self.focalPoint)
    }

    /// Adds an action item to an assessment's capacity-strengthening plan, due in `days`.
    func addPlanItem(_ id: String, _ action: String, days: Int) async throws {
        let due = LocalDate(now.addingTimeInterval(Double(days) * 86_400))
        try await assessment(
            id, "add_plan_item", Self.officer,
            change: .addPlanItem(action: action, owner: "Rio Verde programme director", due: due))
    }

    /// Sends an event (with a record change) to an assessment as `actor` and prints where it and
    /// its partner stand; a refusal is printed with its reason.
    func assessment(
        _ id: String, _ event: String, _ actor: Actor, change: AssessmentChange? = nil, quiet: Bool = false
    ) async throws {
        let who = "\(actor.user) (\(actor.role))"
        let acting = try await signedIn(actor)
        guard case .assessment(let entry) = try await service.assessmentRecord(id, by: acting) else {
            throw CommandFailure("\(id) is not an assessment")
        }
        let partner = entry.record.partner
        let before = try await lifecycle(partner).snapshot.version
        let result: SendResult
        do {
            result = try await service.changeAssessment(
                id, event: event, change: change, data: [], by: acting)
        } catch {
            print("  \(id)  \(event) by \(who): REFUSED, \(try Self.refusal(error))")
            return
        }
        guard !quiet else { return }
        let snapshot = InstanceSnapshot(result.step.instance, definition: result.definition)
        let level =
            snapshot.context[AssessmentKind.capacityLevel.name]?.stringValue.map { ", capacity \($0)" } ?? ""
        print("  \(id)  \(event) by \(who): now \(PartnerText.standing(snapshot, result.definition))\(level)")
        if try await lifecycle(partner).snapshot.version != before {
            try await printPartner(partner)
        }
    }

    /// A partner's lifecycle as it stands, read through the layer as the manager.
    func lifecycle(_ partner: String) async throws -> InstanceRecord {
        try await service.partnerRecord(partner, by: try await signedIn(Self.manager)).instance
    }

    /// Prints where a partner's lifecycle stands after its records changed.
    func printPartner(_ partner: String, prefix: String = "its lifecycle now") async throws {
        let record = try await lifecycle(partner)
        let lifecycle = definitions.workflow(forSubject: PartnerKind.kind.subject)
        let level =
            record.snapshot.context[PartnerKind.capacityLevel.name]?.stringValue.map { " (capacity \($0))" }
            ?? ""
        print("  \(partner)  \(prefix): \(PartnerText.standing(record.snapshot, lifecycle))\(level)")
    }

    /// A plausible answer to a required question.
    static func answer(_ question: Question, _ questionnaire: Questionnaire) -> String {
        switch question.answer {
        case .yesNo: "yes"
        case .metOrNotMet: "met"
        case .date: "2025-11-30"
        case .text: "Described in our PSEA policy, section 2."
        case .rating(let scale): questionnaire.scale(scale)?.levels.last?.id ?? ""
        }
    }
}
