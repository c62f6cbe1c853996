import DiligenceCore
import Foundation

extension DiligenceStore {
    /// Writes an accepted step of a record's workflow (an assessment, an agreement, an allegation
    /// case) inside the caller's transaction: the event, its data the event's fields with `extra`
    /// under their own keys (the record change it carried), the new snapshot and what its effects
    /// do; then `writeRecord` stores the record's new value, where it changed, and the partners
    /// the record is linked to are refreshed.
    func recordAcceptedStep(
        _ step: Step, of loaded: LoadedRecord, subject: String, event: String, input: EventInput,
        extra: [String: JSONValue], actor: Actor, definitions: DefinitionSet, now: Date,
        db: any StoreConnection,
        writeRecord: () throws -> Void
    ) throws -> SendResult {
        let definition = loaded.definition
        let entry = LogEntry(
            subject: subject, kind: "event", name: event, actor: actor,
            data: .object(input.loggedData.merging(extra) { _, new in new }), occurredAt: now,
            definitionHash: definition.hash,
            outcome: step.outcome(definition: definition, changedFrom: loaded.changedFrom))
        let snapshot = InstanceSnapshot(step.instance, definition: definition)
        let snapshotText = snapshot.json.canonicalText
        let seq = try Self.record(
            entry, snapshot: snapshot, workflow: definition, subjectKind: "", effects: step.effects,
            expectedVersion: loaded.instance.version, head: loaded.head,
            definitionStored: storedDefinitions.contains(definition.hash), snapshotText: snapshotText,
            db: db)
        try writeRecord()
        recentInstances.remember(subject, snapshotText: snapshotText, instance: step.instance)
        try Self.refreshPartners(linkedTo: subject, definitions: definitions, now: now, db: db)
        return SendResult(seq: seq, step: step, definition: definition, changedFrom: loaded.changedFrom)
    }

    /// The input of `event` with `field=value` data; data the workflow does not take is refused
    /// with ``StoreError/badEventData(subject:_:)``.
    static func eventInput(
        _ definition: WorkflowDefinition, _ event: String, assignments: [(field: String, value: String)],
        subject: String
    ) throws(StoreError) -> EventInput {
        do {
            return try definition.event(event, assignments: assignments)
        } catch {
            throw .badEventData(subject: subject, error)
        }
    }
}

extension EventInput {
    /// The event's fields as its log row holds them: each field's path and value (`null` when
    /// it is cleared).
    var loggedData: [String: JSONValue] {
        Dictionary(uniqueKeysWithValues: data.map { ($0.field.path, $0.value?.json ?? JSONValue.null) })
    }
}
