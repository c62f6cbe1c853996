public import DiligenceCore
public import Foundation

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
    /// dropped, and that too is logged. The open action items of running plans whose due date
    /// has passed are reported in the same order, by their due day: an item due in March is
    /// reported before the plan's own deadline in July.
    public func tick(now: Date, definitions: DefinitionSet) throws(StoreError) -> [FiredDeadline] {
        let now = Timestamp.truncated(now)
        var fired: [FiredDeadline] = []
        var items = try overduePlanItems(now: now)[...]
        while true {
            if let (subject, item) = items.first,
                try nextDeadlineDue(now: now).map({ item.due.startOfDay <= $0 }) ?? true
            {
                items = items.dropFirst()
                if let sent = try reportOverdue(item, of: subject, now: now, definitions: definitions) {
                    fired.append(sent)
                }
                continue
            }
            guard let next = try fireNext(now: now, definitions: definitions) else { break }
            logger.info(
                next.refusal == nil ? "deadline fired" : "deadline dropped",
                metadata: [
                    "subject": "\(next.subject)", "deadline": "\(next.name)", "event": "\(next.event)",
                ])
            fired.append(next)
        }
        return fired
    }

    /// The earliest pending deadline due by the time bound to it: the one `tick` fires next.
    static let nextDue = "WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT 1"

    /// When the earliest pending deadline due by `now` is due, if there is one.
    private func nextDeadlineDue(now: Date) throws(StoreError) -> Date? {
        try read { db in
            try db.value(
                String.self, "SELECT due_at FROM deadline \(Self.nextDue)",
                [Timestamp.format(now)]
            ).flatMap(Timestamp.parse)
        }
    }

    private func fireNext(now: Date, definitions: DefinitionSet) throws(StoreError) -> FiredDeadline? {
        try transaction { db -> FiredDeadline? in
            guard
                let row = try db.row(
                    "SELECT subject, name, event, due_at FROM deadline \(Self.nextDue)",
                    [Timestamp.format(now)])
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
            // An assessment's facts (overdue items, remaining periods) are recomputed at the deadline,
            // and the states it enters may record a determination.
            let assessment = try AssessmentRows.record(subject, db: db)
            let questionnaire = try assessment.flatMap { record in
                try AssessmentRows.pinnedQuestionnaire(record, definitions: definitions, db: db)
            }
            let facts = try Self.facts(
                for: subject, definition: definition, definitions: definitions, now: now, db: db)
            if let logged = facts.logged { fields[Self.factsKey] = logged }
            let data = JSONValue.object(fields)
            switch Engine.step(
                definition, instance, event: EventInput(event), actor: actor, now: now, facts: facts.values)
            {
            case .accepted(let step):
                if let assessment, let questionnaire {
                    let noted = assessment.noting(
                        entered: step.entered, at: now, questionnaire: questionnaire)
                    if noted != assessment { try AssessmentRows.update(noted, subject: subject, db: db) }
                }
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
                // The replay gives a dropped deadline the same facts, and keeps the instance as it was.
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

extension DiligenceStore {
    /// The open action items of running plans whose due date passed by `now` and that were not
    /// reported yet, earliest due first (then by assessment and item). Assessments whose
    /// questionnaire file changed are still listed; ``reportOverdue(_:of:now:definitions:)``
    /// leaves them alone. Only the assessments ``PlanItemWatch`` lists as having an item due
    /// before today are read.
    func overduePlanItems(now: Date) throws(StoreError) -> [(subject: String, item: PlanItem)] {
        let today = LocalDate(now)
        if try !read({ db in try PlanItemWatch.isFilled(db: db) }) {
            try transaction { db in try PlanItemWatch.fillIfNeeded(db: db) }
        }
        let due = try read { db in
            try db.rows(
                """
                SELECT record.subject, record.value FROM plan_item_due
                JOIN record ON record.subject = plan_item_due.subject
                JOIN instance ON instance.subject = record.subject
                WHERE plan_item_due.due_on < ? AND instance.complete = 0
                ORDER BY length(record.subject), record.subject
                """, [today.description]
            ).flatMap { row -> [(subject: String, item: PlanItem)] in
                guard let json = JSONValue(text: row[1]), let record = AssessmentRecord(json: json) else {
                    return []
                }
                let subject: String = row[0]
                return record.overduePlanItems(today: today).filter { !$0.overdueReported }.map {
                    (subject, $0)
                }
            }
        }
        // A stable sort: the same due day keeps the assessments' and items' order.
        return due.enumerated().sorted { ($0.element.item.due, $0.offset) < ($1.element.item.due, $1.offset) }
            .map(\.element)
    }

    /// Sends `plan_item_overdue` (as `system`) for one overdue item in its own transaction and
    /// marks the item reported in the assessment's record; `nil` when another tick reported it
    /// meanwhile, or when the assessment does not accept it now (the plan is not running, the
    /// questionnaire changed): then nothing is written and the next tick tries again.
    private func reportOverdue(_ item: PlanItem, of subject: String, now: Date, definitions: DefinitionSet)
        throws(StoreError) -> FiredDeadline?
    {
        let actor = Actor.deadline("plan_item.\(item.id)")
        let result = Result { () throws(StoreError) -> SendResult? in
            try transaction { db in
                // Read again inside the transaction: another tick may have sent it meanwhile.
                guard let record = try AssessmentRows.record(subject, db: db),
                    record.planItems.contains(where: {
                        $0.id == item.id && $0.isOpen && !$0.overdueReported
                    })
                else { return nil }
                return try assessmentStep(
                    subject, event: AssessmentKind.planItemOverdue.name,
                    change: .planItemOverdue(item: item.id),
                    assignments: [], record: record, actor: actor, definitions: definitions, now: now,
                    db: db, bySystem: true)
            }
        }
        switch result {
        case .success(.some):
            return FiredDeadline(
                subject: subject, name: "plan_item.\(item.id)", event: AssessmentKind.planItemOverdue.name,
                dueAt: item.due.startOfDay, refusal: nil)
        case .success(nil):
            return nil
        case .failure(let error):
            logger.info(
                "plan item overdue not sent",
                metadata: [
                    "subject": "\(subject)", "item": "\(item.id)", "reason": "\(error)",
                ])
            return nil
        }
    }
}
