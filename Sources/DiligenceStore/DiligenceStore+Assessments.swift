public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// Starts a PSEA capacity assessment of `partner` against the questionnaire `questionnaireID`,
    /// in one transaction: the `psea-assessment` instance, its record pinned to the
    /// questionnaire's id, version and hash (empty, or with the answers and evidence references
    /// of an earlier final assessment when `copy` asks for them, and the reason an international
    /// NGO is assessed at country level when one is given) and its link to the partner.
    /// Returns the new id (`A-0001`).
    public func startAssessment(
        partner: String, questionnaire questionnaireID: String, copy: AssessmentCopy = .none,
        countryLevelReason: CountryLevelReason? = nil, actor: Actor, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> String {
        let now = Timestamp.truncated(now)
        let (questionnaire, workflow) = try Self.checkAssessmentStart(
            questionnaire: questionnaireID, actor: actor, definitions: definitions)
        return try transaction { db in
            try Self.checkPartner(partner, db: db)
            var record = AssessmentRecord(
                questionnaire: QuestionnaireReference(questionnaire), partner: partner)
            if let source = try Self.copySource(
                copy, partner: partner, questionnaire: questionnaire, now: now, db: db)
            {
                record = try Self.copying(source, into: record, questionnaire: questionnaire)
            }
            if let countryLevelReason {
                try Self.checkCountryLevel(partner, db: db)
                record.countryLevelReason = countryLevelReason
            }
            return try Self.insertAssessment(
                record, workflow: workflow, questionnaire: questionnaire, actor: actor,
                definitions: definitions,
                now: now, db: db)
        }
    }

    /// Writes a new assessment (its start event, instance, record and link) inside the caller's
    /// transaction; returns its id.
    static func insertAssessment(
        _ record: AssessmentRecord, workflow: WorkflowDefinition, questionnaire: Questionnaire, actor: Actor,
        definitions: DefinitionSet, now: Date, db: any StoreConnection
    ) throws -> String {
        let id = try RecordSequence.nextID(prefix: AssessmentKind.kind.idPrefix, db: db)
        try AssessmentRows.storeQuestionnaire(questionnaire, at: Timestamp.format(now), db: db)
        try startRecord(
            id, kind: AssessmentRows.kind, data: AssessmentRows.startData(record), workflow: workflow,
            facts: AssessmentRows.facts(record, questionnaire: questionnaire, workflow: workflow, now: now),
            actor: actor, definitions: definitions, now: now, db: db
        ) { try AssessmentRows.insert(record, subject: id, db: db) }
        return id
    }

    /// Checks an assessment start before anything is opened or written: the questionnaire is
    /// known, the assessment workflow is loaded and the actor may start it.
    public static func checkAssessmentStart(
        questionnaire id: String, actor: Actor, definitions: DefinitionSet
    ) throws(StoreError) -> (questionnaire: Questionnaire, workflow: WorkflowDefinition) {
        guard let questionnaire = definitions.questionnaires[id] else {
            let known = definitions.questionnaires.keys.sorted()
            throw .unknownQuestionnaire(
                id, suggestion: Suggestion.closest(to: id, among: known), known: known)
        }
        let workflow = try Self.workflow(
            ofKind: AssessmentRows.kind, actor: actor, starting: true, definitions: definitions)
        return (questionnaire, workflow)
    }

    /// Sends an event to an assessment, with the change to its record the event carries (if
    /// any) and `field=value` data, in one transaction: the change is checked against the
    /// questionnaire and applied, the facts are recomputed from the changed record, the engine steps
    /// with them, and the event (its data holding the change under `change`), the snapshot and the
    /// record are written. A refused step or a change that does not fit writes nothing.
    public func changeAssessment(
        id: String, event: String, change: AssessmentChange?, assignments: [(field: String, value: String)],
        actor: Actor, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> SendResult {
        let now = Timestamp.truncated(now)
        let result = try transaction { db in
            let record = try Self.found(
                AssessmentRows.record(id, db: db), id: id, otherwise: .notAnAssessment(id),
                definitions: definitions, db: db)
            return try assessmentStep(
                id, event: event, change: change, assignments: assignments, record: record, actor: actor,
                definitions: definitions, now: now, db: db)
        }
        storedDefinitions.insert(result.definition.hash)
        logger.debug(
            "assessment event accepted",
            metadata: [
                "subject": "\(id)", "event": "\(event)", "seq": "\(result.seq)", "role": "\(actor.role)",
            ])
        return result
    }

    /// One event of an assessment, inside the caller's transaction.
    func assessmentStep(
        _ subject: String, event: String, change: AssessmentChange?,
        assignments: [(field: String, value: String)], record: AssessmentRecord, actor: Actor,
        definitions: DefinitionSet, now: Date, db: any StoreConnection, bySystem: Bool = false
    ) throws -> SendResult {
        let loaded = try Self.currentInstance(
            subject, definitions: definitions, db: db, recent: recentInstances)
        let (definition, instance) = (loaded.definition, loaded.instance)
        let questionnaire = try Self.pinnedQuestionnaire(
            of: record, subject: subject, definitions: definitions)
        if !bySystem { try Self.checkRole(actor, workflow: definition, starting: false) }
        let input = try Self.eventInput(definition, event, assignments: assignments, subject: subject)
        let changed = try Self.applying(change, to: record, questionnaire: questionnaire, subject: subject)
        let facts = AssessmentRows.facts(
            changed, questionnaire: questionnaire, workflow: definition, now: now)
        switch Engine.step(definition, instance, event: input, actor: actor, now: now, facts: facts) {
        case .rejected(let rejection):
            throw StoreError.rejected(subject: subject, event: event, rejection)
        case .accepted(let step):
            let noted = changed.noting(
                entered: step.entered, at: now, questionnaire: questionnaire)
            return try recordAcceptedStep(
                step, of: loaded, subject: subject, event: event, input: input,
                extra: change.map { [Self.changeKey: $0.json] } ?? [:], actor: actor,
                definitions: definitions,
                now: now, db: db
            ) {
                guard noted != record else { return }
                try AssessmentRows.update(noted, subject: subject, db: db)
                if noted.preliminary != record.preliminary || noted.final != record.final {
                    try Self.supersedeStatuses(of: noted.partner, definitions: definitions, now: now, db: db)
                }
            }
        }
    }

    private static func applying(
        _ change: AssessmentChange?, to record: AssessmentRecord, questionnaire: Questionnaire,
        subject: String
    ) throws(StoreError) -> AssessmentRecord {
        guard let change else { return record }
        do {
            return try record.applying(change, questionnaire: questionnaire)
        } catch {
            throw .badChange(subject: subject, error)
        }
    }

    /// The loaded questionnaire an assessment is pinned to; refused with
    /// ``StoreError/questionnaireChanged(subject:questionnaire:pinned:current:)`` when its file
    /// changed (or is gone) since the assessment started.
    static func pinnedQuestionnaire(
        of record: AssessmentRecord, subject: String, definitions: DefinitionSet
    ) throws(StoreError) -> Questionnaire {
        let pinned = record.questionnaire
        guard let questionnaire = definitions.questionnaires[pinned.id], questionnaire.hash == pinned.hash
        else {
            throw .questionnaireChanged(
                subject: subject, questionnaire: pinned.id, pinned: pinned.hash,
                current: definitions.questionnaires[pinned.id]?.hash)
        }
        return questionnaire
    }

    /// The key of an event's data that holds the record change it carried.
    static let changeKey = "change"
}

extension DiligenceStore {
    /// Answers many questions at once, in one transaction: one `answer` event per row, in the
    /// order of the questionnaire's questions (so an answer that shows a follow-up question comes
    /// before the follow-up's). Any refused row (by the questionnaire or the workflow) writes nothing.
    public func answerAssessment(
        id: String, rows: [AnswerSheetRow], actor: Actor, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> [SendResult] {
        let now = Timestamp.truncated(now)
        let results = try transaction { db in
            var results: [SendResult] = []
            let first = try Self.found(
                AssessmentRows.record(id, db: db), id: id, otherwise: .notAnAssessment(id),
                definitions: definitions, db: db)
            let questionnaire = try Self.pinnedQuestionnaire(of: first, subject: id, definitions: definitions)
            for row in AnswerSheet.inQuestionOrder(rows, questionnaire: questionnaire) {
                let record = try Self.found(
                    AssessmentRows.record(id, db: db), id: id, otherwise: .notAnAssessment(id),
                    definitions: definitions, db: db)
                results.append(
                    try assessmentStep(
                        id, event: AssessmentKind.answer.name,
                        change: .answer(question: row.question, answer: row.answer),
                        assignments: [], record: record, actor: actor, definitions: definitions, now: now,
                        db: db))
            }
            return results
        }
        if let last = results.last { storedDefinitions.insert(last.definition.hash) }
        return results
    }
}
