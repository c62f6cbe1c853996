import DiligenceCore
import DiligenceStore
import Foundation

/// Each step of a partner's story, taken by the store command its person would use.
extension PortfolioGenerator {
    func perform(_ step: PortfolioStep, partner index: Int, story: PartnerStory, now: Date) throws(StoreError)
    {
        let partner = PortfolioMix.partnerID(index)
        let officer = PortfolioAccounts.officer(story.country)
        let focalPoint = PortfolioAccounts.focalPoint
        let procurement = PortfolioAccounts.procurement
        var made = self.made[index] ?? Made()
        defer { self.made[index] = made }
        switch step {
        case .register:
            let record = try store.registerPartner(
                name: "Generated Partner \(index + 1)", country: story.country, type: story.type,
                actor: officer,
                definitions: definitions, now: now)
            guard record.id == partner else {
                throw .corrupted("the generator expected \(partner), the store gave \(record.id)")
            }
        case .startAssessment:
            let id = try store.startAssessment(
                partner: partner, questionnaire: Self.questionnaireID, actor: officer,
                definitions: definitions,
                now: now)
            made.assessment = id
            try assessment(id, "invite_partner", officer, now: now)
        case .answer(let number):
            let question = questions[number]
            try assessment(
                made.assessment, "answer", PortfolioAccounts.partnerUser(index),
                change: .answer(question: question.id, answer: Answer(value: answer(question))), now: now)
        case .submit:
            try assessment(made.assessment, "submit", PortfolioAccounts.partnerUser(index), now: now)
        case .startReview:
            try assessment(made.assessment, "start_review", focalPoint, now: now)
        case .rate(let number, let met):
            try assessment(
                made.assessment, "rate", focalPoint,
                change: .rate(standard: standards[number].id, rating: met ? "met" : "not_met", note: nil),
                now: now)
        case .determine:
            try assessment(made.assessment, "determine", focalPoint, now: now)
        case .confirm:
            try assessment(made.assessment, "confirm", focalPoint, now: now)
        case .completeAssessment:
            try send(partner, "complete_assessment", officer, now: now)
        case .addPlanItem(let number):
            let due = LocalDate(now.addingTimeInterval(Double(90 + 60 * number) * 86_400))
            try assessment(
                made.assessment, "add_plan_item", officer,
                change: .addPlanItem(
                    action: Self.planActions[number % Self.planActions.count],
                    owner: "Partner programme director",
                    due: due), now: now)
        case .recordPersonnel:
            for (category, headCount) in [
                (PersonnelCategory.staff, 10 + index % 40), (.volunteers, index % 25),
            ] {
                _ = try store.changeTraining(
                    partner: partner,
                    change: .personnel(
                        PersonnelGroup(
                            category: category, headCount: headCount, inContactWithBeneficiaries: true)),
                    actor: focalPoint, definitions: definitions, now: now)
            }
        case .recordTraining:
            let session = TrainingRecord(
                course: "PSEA for implementing partners", date: LocalDate(now), provider: "UN online course",
                attendance: [
                    .staff: Attendance(unnamedCount: 10 + index % 40),
                    .volunteers: Attendance(unnamedCount: index % 25),
                ])
            _ = try store.changeTraining(
                partner: partner, change: .trainings([session]), actor: focalPoint, definitions: definitions,
                now: now)
        case .confirmTraining:
            _ = try store.confirmTraining(
                partner: partner, actor: focalPoint, definitions: definitions, now: now)
        case .importAgreement(let complete):
            let variant = complete ? agreements.complete : agreements.incomplete
            let id = try store.importAgreement(
                partner: partner, imported: variant.imported, actor: procurement, definitions: definitions,
                now: now)
            try store.keepAgreementText(variant.document, agreement: id, version: 1)
            (made.agreement, made.agreementVariant) = (id, variant)
        case .startAgreementReview:
            try send(made.agreement, "start_review", procurement, now: now)
        case .decideClause(let number):
            guard let id = made.agreement, let decisions = made.agreementVariant?.decisions,
                number < decisions.count, let change = decisions[number]
            else { return }
            _ = try store.changeAgreement(
                id: id, change: change, actor: procurement, definitions: definitions, now: now)
        case .clearAgreement:
            try send(made.agreement, "clear", procurement, now: now)
        case .raiseFlag(let level):
            made.flag = try store.raiseFlag(
                partner: partner, category: level == .red ? .operational : .financial, level: level,
                reason: level == .red
                    ? "Programme site closed by the authorities after a safety incident."
                    : "Financial report for the last quarter submitted late.",
                actor: level == .red ? PortfolioAccounts.headquarters : officer, definitions: definitions,
                now: now)
            made.flagLevel = level
        case .resolveFlag:
            guard let flag = made.flag else { return }
            _ = try store.decideFlag(
                flag, decision: .resolve, text: "Resolved after a follow-up visit.",
                actor: made.flagLevel == .red ? PortfolioAccounts.headquarters : officer,
                definitions: definitions,
                now: now)
        case .reportAllegation:
            let report: AllegationReport
            do {
                report = try AllegationReport(
                    partner: partner, received: LocalDate(now).description, type: "sexual_exploitation",
                    incident: "unknown", channel: "community hotline", personnel: "volunteers",
                    victims: "women=1", perpetrators: "1", today: LocalDate(now))
            } catch {
                throw .badAllegation(error)
            }
            _ = try store.reportAllegation(
                report, actor: focalPoint, key: nil, definitions: definitions, now: now)
        case .suspend:
            try send(
                partner, "suspend", PortfolioAccounts.manager,
                [("suspension_reason", "Programme paused pending an audit.")], now: now)
        case .close:
            try send(
                partner, "close", PortfolioAccounts.manager, [("closure_reason", "Programme ended.")],
                now: now)
        }
    }

    private func assessment(
        _ id: String?, _ event: String, _ actor: Actor, change: AssessmentChange? = nil, now: Date
    ) throws(StoreError) {
        guard let id else { return }
        _ = try store.changeAssessment(
            id: id, event: event, change: change, assignments: [], actor: actor, definitions: definitions,
            now: now)
    }

    private func send(
        _ subject: String?, _ event: String, _ actor: Actor, _ data: [(field: String, value: String)] = [],
        now: Date
    ) throws(StoreError) {
        guard let subject else { return }
        _ = try store.send(
            subject: subject, event: event, assignments: data, actor: actor, definitions: definitions,
            now: now)
    }

    static let planActions = [
        "Adopt a PSEA policy and code of conduct signed by every staff member.",
        "Set up a confidential complaint channel known to the communities served.",
        "Train every staff member and volunteer in PSEA before deployment.",
    ]

    /// A plausible answer to a question of the questionnaire.
    func answer(_ question: Question) -> String {
        switch question.answer {
        case .yesNo: "yes"
        case .metOrNotMet: "met"
        case .date: "2025-11-30"
        case .text: "Described in our PSEA policy, section 2."
        case .rating(let scale):
            definitions.questionnaires[Self.questionnaireID]?.scale(scale)?.levels.last?.id ?? ""
        }
    }
}
