public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// Records a new allegation against a partner, in one transaction: the `allegation-case`
    /// instance, its record (restricted texts sealed with `key` for the new case id) and its link
    /// to the partner. Returns the new case id (`G-0001`). `key` may be `nil` only when the report
    /// carries no restricted text.
    public func reportAllegation(
        _ report: AllegationReport, actor: Actor, key: AllegationKey?, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> String {
        let now = Timestamp.truncated(now)
        let workflow = try Self.checkAllegationStart(actor: actor, definitions: definitions)
        guard report.restricted.isEmpty || key != nil else {
            throw .invalidInput(field: .key, problem: .missing, values: [:])
        }
        let id = try transaction { db in
            try Self.checkPartner(report.partner, db: db)
            let id = try RecordSequence.nextID(prefix: AllegationKind.kind.idPrefix, db: db)
            var record = report.record
            if let key {
                for (field, text) in report.restricted {
                    record.sealed[field] = SealedField.seal(text, field: field, subject: id, key: key)
                }
            }
            try Self.startRecord(
                id, kind: AllegationRows.kind, event: "report", data: AllegationRows.startData(record),
                workflow: workflow, facts: AllegationRows.facts(record, workflow: workflow), actor: actor,
                definitions: definitions, now: now, db: db
            ) { try AllegationRows.insert(record, subject: id, db: db) }
            return id
        }
        logger.debug("allegation recorded", metadata: ["subject": "\(id)", "role": "\(actor.role)"])
        return id
    }

    /// Checks an allegation report before anything is opened or written: the allegation workflow
    /// is loaded and the actor may start it.
    public static func checkAllegationStart(actor: Actor, definitions: DefinitionSet) throws(StoreError)
        -> WorkflowDefinition
    {
        let workflow = try Self.workflow(
            ofKind: AllegationRows.kind, actor: actor, starting: true, definitions: definitions)
        return workflow
    }

    /// Records one step of assistance to the victim/survivor of a case, in one transaction: the
    /// workflow must accept `assist` now (consent given), the entry is sealed with `key` and logged
    /// sealed, with its status counted in the clear.
    public func recordAssistance(
        _ id: String, entry: AssistanceEntry, actor: Actor, key: AllegationKey, definitions: DefinitionSet,
        now: Date
    ) throws(StoreError) -> SendResult {
        let now = Timestamp.truncated(now)
        let result = try transaction { db in
            let record = try Self.found(
                AllegationRows.record(id, db: db), id: id, otherwise: .notAnAllegation(id),
                definitions: definitions, db: db)
            let sealed = SealedField.seal(
                entry.json.canonicalText, field: "assistance", subject: id, key: key)
            return try allegationStep(
                id, event: AllegationRows.assistEvent, assignments: [], record: record,
                assistance: (sealed, entry.status, entry.date), actor: actor, definitions: definitions,
                now: now, db: db)
        }
        storedDefinitions.insert(result.definition.hash)
        return result
    }

    /// One event of an allegation case, inside the caller's transaction. `assist` is accepted
    /// only with an entry (from `allegation assist`), so no assistance is recorded without one.
    func allegationStep(
        _ subject: String, event: String, assignments: [(field: String, value: String)],
        record: AllegationRecord, assistance: (sealed: String, status: AssistanceStatus, date: LocalDate)?,
        actor: Actor,
        definitions: DefinitionSet, now: Date, db: any StoreConnection
    ) throws -> SendResult {
        if event == AllegationRows.assistEvent && assistance == nil {
            throw StoreError.invalidInput(
                field: .event, problem: .needsCommand, values: ["subject": subject, "event": event])
        }
        let loaded = try Self.currentInstance(
            subject, definitions: definitions, db: db, recent: recentInstances)
        let (definition, instance) = (loaded.definition, loaded.instance)
        try Self.checkRole(actor, workflow: definition, starting: false)
        try Self.checkCaseScope(
            subject, partner: record.partner, actor: actor, confidentiality: definitions.confidentiality,
            db: db)
        let input = try Self.eventInput(definition, event, assignments: assignments, subject: subject)
        try Self.checkCaseDates(
            subject, input: input, assistedOn: assistance?.date, record: record, instance: instance,
            definition: definition, now: now)
        switch Engine.step(definition, instance, event: input, actor: actor, now: now) {
        case .rejected(let rejection):
            if assistance != nil, case .notAccepted = rejection {
                throw StoreError.invalidInput(
                    field: .consent, problem: .missing, values: ["subject": subject])
            }
            throw StoreError.rejected(subject: subject, event: event, rejection)
        case .accepted(let step):
            var extra: [String: JSONValue] = [:]
            var changed = record
            if let assistance {
                let assist = AllegationRows.assistData(sealed: assistance.sealed, status: assistance.status)
                extra[AllegationRows.assistanceKey] = assist[AllegationRows.assistanceKey]
                changed = record.addingAssistance(sealed: assistance.sealed, status: assistance.status)
            }
            return try recordAcceptedStep(
                step, of: loaded, subject: subject, event: event, input: input, extra: extra, actor: actor,
                definitions: definitions, now: now, db: db
            ) {
                if changed != record { try AllegationRows.update(changed, subject: subject, db: db) }
            }
        }
    }
}
