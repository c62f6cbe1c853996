import DiligenceCore
import Foundation

extension DiligenceStore {
    /// Starts a record of the workflow that runs `kind` records, inside the caller's transaction:
    /// the `start` event (its data says what the record is linked to) and the new instance.
    @discardableResult
    static func startSubject(
        _ subject: String, kind: String, data: JSONValue, actor: Actor, definitions: DefinitionSet,
        now: Date, db: any StoreConnection
    ) throws -> WorkflowDefinition {
        guard let workflow = definitions.workflow(forSubject: kind) else {
            throw StoreError.workflowMissing(subject: subject, workflow: "(a workflow with subject: \(kind))")
        }
        let step = Engine.start(workflow, subject: subject, now: now)
        let entry = LogEntry(
            subject: subject, kind: "start", name: "start", actor: actor, data: data, occurredAt: now,
            definitionHash: workflow.hash, outcome: step.outcome(definition: workflow, changedFrom: nil))
        try record(
            entry, snapshot: InstanceSnapshot(step.instance, definition: workflow), workflow: workflow,
            subjectKind: kind, effects: step.effects, expectedVersion: nil, db: db)
        return workflow
    }

    /// Sends one event with `field=value` data to a record, inside the caller's transaction: the
    /// engine steps the stored instance and the event, the snapshot and what its effects do are
    /// written. A refusal throws ``StoreError/rejected(subject:event:_:)`` and writes nothing.
    /// `extra` is logged with the event's data under its own keys (a record change).
    @discardableResult
    static func stepSubject(
        _ subject: String, event: String, assignments: [(field: String, value: String)], actor: Actor,
        extra: [String: JSONValue] = [:], definitions: DefinitionSet, now: Date, db: any StoreConnection
    ) throws -> SendResult {
        let loaded = try currentInstance(subject, definitions: definitions, db: db)
        let definition = loaded.definition
        let input = try eventInput(definition, event, assignments: assignments, subject: subject)
        let facts = try facts(
            for: subject, definition: definition, definitions: definitions, now: now, db: db)
        switch Engine.step(
            definition, loaded.instance, event: input, actor: actor, now: now, facts: facts.values)
        {
        case .rejected(let rejection):
            throw try refusal(subject, event: event, rejection, db: db)
        case .accepted(let step):
            var data = input.loggedData.merging(extra) { _, new in new }
            if let logged = facts.logged { data[factsKey] = logged }
            let entry = LogEntry(
                subject: subject, kind: "event", name: event, actor: actor, data: .object(data),
                occurredAt: now, definitionHash: definition.hash,
                outcome: step.outcome(definition: definition, changedFrom: loaded.changedFrom))
            let seq = try record(
                entry, snapshot: InstanceSnapshot(step.instance, definition: definition),
                workflow: definition,
                subjectKind: "", effects: step.effects, expectedVersion: loaded.instance.version,
                head: loaded.head, db: db)
            return SendResult(seq: seq, step: step, definition: definition, changedFrom: loaded.changedFrom)
        }
    }
}
