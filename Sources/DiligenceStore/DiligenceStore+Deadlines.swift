public import DiligenceCore
public import Foundation
import GRDB

/// A deadline `tick` handled.
public struct FiredDeadline: Sendable {
    /// The record it belonged to.
    public var subject: String
    /// The deadline's id in the workflow.
    public var name: String
    /// The event it sent.
    public var event: String
    /// When it was due.
    public var dueAt: Date
    /// `nil` when the event was accepted; otherwise why it was not (the deadline is then dropped).
    public var refusal: String?
}

extension DiligenceStore {
    /// Fires every deadline due at `now`, earliest first, each in its own transaction: the
    /// event is sent and the deadline marked fired in the same commit, so a crash leaves no
    /// deadline fired twice and none lost. A deadline whose event is no longer accepted is
    /// dropped, and that too is logged.
    public func tick(now: Date, definitions: DefinitionSet) throws(StoreError) -> [FiredDeadline] {
        let now = Timestamp.truncated(now)
        var fired: [FiredDeadline] = []
        while let next = try fireNext(now: now, definitions: definitions) {
            logger.info(
                next.refusal == nil ? "deadline fired" : "deadline dropped",
                metadata: [
                    "subject": "\(next.subject)", "deadline": "\(next.name)", "event": "\(next.event)",
                ])
            fired.append(next)
        }
        return fired
    }

    private func fireNext(now: Date, definitions: DefinitionSet) throws(StoreError) -> FiredDeadline? {
        try transaction { db -> FiredDeadline? in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT subject, name, event, due_at FROM deadline WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT 1",
                    arguments: [Timestamp.format(now)])
            else { return nil }
            let subject: String = row["subject"]
            let name: String = row["name"]
            let event: String = row["event"]
            let dueText: String = row["due_at"]
            let due = Timestamp.parse(dueText) ?? now
            let actor = Actor.deadline(name)
            var fields: [String: JSONValue] = ["deadline": .string(name), "due": .string(dueText)]
            let loaded = try Self.currentInstance(subject, definitions: definitions, db: db)
            let (definition, instance, changedFrom) = (loaded.definition, loaded.instance, loaded.changedFrom)
            let facts = try Self.facts(
                for: subject, definition: definition, definitions: definitions, now: now, db: db)
            if let logged = facts.logged { fields[Self.factsKey] = logged }
            let data = JSONValue.object(fields)
            switch Engine.step(
                definition, instance, event: EventInput(event), actor: actor, now: now, facts: facts.values)
            {
            case .accepted(let step):
                let entry = LogEntry(
                    subject: subject, kind: "deadline", name: event, actor: actor, data: data,
                    occurredAt: now,
                    definitionHash: definition.hash,
                    outcome: step.outcome(definition: definition, changedFrom: changedFrom))
                try Self.record(
                    entry, snapshot: InstanceSnapshot(step.instance, definition: definition),
                    workflow: definition,
                    subjectKind: "", effects: step.effects, expectedVersion: instance.version,
                    head: loaded.head, db: db)
                try Self.refreshPartners(linkedTo: subject, definitions: definitions, now: now, db: db)
                return FiredDeadline(subject: subject, name: name, event: event, dueAt: due, refusal: nil)
            case .rejected(let rejection):
                let snapshot = InstanceSnapshot(instance, definition: definition)
                let entry = LogEntry(
                    subject: subject, kind: "deadline_dropped", name: event, actor: actor, data: data,
                    occurredAt: now,
                    definitionHash: definition.hash,
                    outcome: .object([
                        "refused": .string(rejection.explanation), "version": .int(snapshot.version),
                    ]))
                try Self.record(
                    entry, snapshot: snapshot, workflow: definition, subjectKind: "", effects: [],
                    expectedVersion: instance.version, head: loaded.head, db: db)
                return FiredDeadline(
                    subject: subject, name: name, event: event, dueAt: due, refusal: rejection.explanation)
            }
        }
    }
}
