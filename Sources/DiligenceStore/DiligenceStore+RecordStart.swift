import DiligenceCore
import Foundation

extension DiligenceStore {
    /// Writes a new record (an assessment, an agreement, an allegation case, a capacity status)
    /// inside the caller's transaction: its start event (`event`, with `data`), its instance
    /// started with the facts of its derived fields, what `insertRecord` writes (its record and
    /// link); then the partners it is linked to are refreshed.
    static func startRecord(
        _ id: String, kind: String, event: String = "start", data: JSONValue, workflow: WorkflowDefinition,
        facts: [FieldValue], actor: Actor, definitions: DefinitionSet, now: Date, db: any StoreConnection,
        insertRecord: () throws -> Void
    ) throws {
        let step = Engine.start(workflow, subject: id, now: now, facts: facts)
        let entry = LogEntry(
            subject: id, kind: "start", name: event, actor: actor, data: data, occurredAt: now,
            definitionHash: workflow.hash, outcome: step.outcome(definition: workflow, changedFrom: nil))
        try record(
            entry, snapshot: InstanceSnapshot(step.instance, definition: workflow), workflow: workflow,
            subjectKind: kind, effects: step.effects, expectedVersion: nil, db: db)
        try insertRecord()
        try refreshPartners(linkedTo: id, definitions: definitions, now: now, db: db)
    }

    /// The loaded workflow that runs records of `kind` (its `subject:`), once `actor` is checked
    /// against it, for starting a record or for its events; refused with
    /// ``StoreError/workflowMissing(subject:workflow:)`` when no workflow runs that kind.
    static func workflow(ofKind kind: String, actor: Actor, starting: Bool, definitions: DefinitionSet)
        throws(StoreError) -> WorkflowDefinition
    {
        guard let workflow = definitions.workflow(forSubject: kind) else {
            throw .workflowMissing(subject: kind, workflow: "(a workflow with subject: \(kind))")
        }
        try checkRole(actor, workflow: workflow, starting: starting)
        return workflow
    }

    /// Refuses an unknown partner, with a suggestion. A known partner is found by its id alone:
    /// every partner is read only to suggest a name for one that is not there.
    static func checkPartner(_ partner: String, db: any StoreConnection) throws {
        guard try db.row("SELECT 1 AS known FROM partner WHERE id = ?", [partner]) == nil else { return }
        let partners = try db.values(String.self, "SELECT id FROM partner ORDER BY id")
        throw StoreError.unknownSubject(partner, suggestion: Suggestion.known(partner, among: partners))
    }
}
