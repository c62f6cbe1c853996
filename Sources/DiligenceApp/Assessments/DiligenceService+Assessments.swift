public import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// An assessment's pages, for an account that may see it (a partner's staff: their own
    /// partner's only; anything else is refused as unknown).
    public func assessmentPage(_ id: String, by actor: AuthenticatedActor) async throws -> AssessmentPage {
        try checkRecord(id, visibleTo: actor)
        let entry = try store.assessment(id)
        let loaded = definitions.questionnaires[entry.record.questionnaire.id]
        // An assessment started on an earlier version of its file is shown with that version's
        // text; it goes on only where that version is loaded, so nothing is offered here.
        guard let questionnaire = try store.pinnedQuestionnaire(of: entry, definitions: definitions) else {
            throw StoreError.questionnaireChanged(
                subject: id, questionnaire: entry.record.questionnaire.id,
                pinned: entry.record.questionnaire.hash, current: loaded?.hash)
        }
        let isCurrent = loaded?.hash == entry.record.questionnaire.hash
        let definition = definitions.workflows[entry.instance.workflow]
        var actions: [WorkflowDefinition.AvailableEvent] = []
        var others: [WorkflowDefinition.AvailableEvent] = []
        var allowed: Set<String> = []
        if isCurrent, let definition,
            let running = try? entry.instance.snapshot.instance(subject: id, definition: definition)
        {
            for event in definition.availableEvents(for: running) {
                let mine = event.roles.contains(actor.role)
                if mine { allowed.insert(event.event) }
                guard !AssessmentPage.formEvents.contains(event.event) else { continue }
                if mine { actions.append(event) } else { others.append(event) }
            }
        }
        return AssessmentPage(
            id: id, partner: try store.partner(entry.record.partner), record: entry.record,
            questionnaire: questionnaire, installed: isCurrent ? nil : loaded, workflow: definition,
            standing: Self.standing(entry.instance.snapshot, definition),
            asked: questionnaire.askedQuestionIDs(answers: entry.record.answers),
            outcome: try? Scoring.determine(questionnaire, ratings: entry.record.ratings), actions: actions,
            othersActions: others, allowed: allowed, today: LocalDate(clock()),
            answering: answerAccess(allowed: allowed, definition: definition, by: actor))
    }

    /// Whether `actor` may answer now (`allowed` holds `answer`); else a partner's own staff are
    /// shown their assessment, and any other role is refused with the roles that answer.
    private func answerAccess(
        allowed: Set<String>, definition: WorkflowDefinition?, by actor: AuthenticatedActor
    ) -> AnswerAccess {
        if allowed.contains(AssessmentKind.answer.name) { return .open }
        if isPartnerRole(actor.role) { return .closed }
        let transitions = definition?.states.flatMap(\.transitions) ?? []
        let needed = Set(
            transitions.filter { $0.event == AssessmentKind.answer.name }.flatMap { $0.roles ?? [] })
        return .otherRoles(needed: needed.sorted())
    }

    /// Answers questions of a self-assessment, all or none, in the questionnaire's order; returns
    /// what each answer did.
    @discardableResult
    public func answer(_ id: String, rows: [AnswerSheetRow], by actor: AuthenticatedActor) async throws
        -> [SendResult]
    {
        try checkRecord(id, visibleTo: actor)
        guard !rows.isEmpty else { return [] }
        return try store.answerAssessment(
            id: id, rows: rows, actor: actor.actor, definitions: definitions, now: clock())
    }

    /// Sends an event to an assessment the account may see, with the change it carries (a
    /// rating, a plan item) and `field=value` data.
    @discardableResult
    public func changeAssessment(
        _ id: String, event: String, change: AssessmentChange?, data: [(field: String, value: String)],
        by actor: AuthenticatedActor
    ) async throws -> SendResult {
        try checkRecord(id, visibleTo: actor)
        return try store.changeAssessment(
            id: id, event: event, change: change, assignments: data, actor: actor.actor,
            definitions: definitions,
            now: clock())
    }
}
