public import DiligenceCore
public import Foundation

/// A capacity status as read commands see it.
public struct CapacityStatusEntry: Sendable {
    /// `CS-0001`.
    public var id: String
    /// The status, reason and dates.
    public var record: CapacityStatusRecord
    /// Where its workflow stands (`standing`, `awaiting_assessment`, `assessment_overdue`, `superseded`).
    public var states: [String]
}

extension DiligenceStore {
    /// The `system` actor the store sends follow-up events as.
    static let systemActor = Actor(user: "diligence", role: SystemRole.name)

    /// Records a PSEA capacity status for `partner` in one transaction: the partner's standing
    /// statuses are superseded, and a new `capacity-status` instance starts with its record and
    /// link. For low capacity assumed in an emergency the assessment is due within the emergency
    /// period of `questionnaireID` (default: the shortest of the loaded questionnaires). Returns
    /// the new id (`CS-0001`).
    public func recordCapacityStatus(
        partner: String, status: CapacityStanding, reason: String, questionnaire questionnaireID: String?,
        actor: Actor, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> String {
        let now = Timestamp.truncated(now)
        if case .rated = status {
            throw .invalidInput(
                field: .capacityStatus, problem: .wrongKind,
                values: [
                    "value": status.name, "kind": "capacity level",
                    "known": CapacityStanding.statusNames.joined(separator: ", "),
                ])
        }
        guard reason.contains(where: { !$0.isWhitespace }) else {
            throw .invalidInput(field: .reason, problem: .missing, values: ["decision": "capacity-status"])
        }
        guard reason.count <= AssessmentRecord.maximumTextLength else {
            throw .invalidInput(
                field: .reason, problem: .tooLong,
                values: ["decision": "capacity-status", "limit": "\(AssessmentRecord.maximumTextLength)"])
        }
        let period = try Self.emergencyPeriod(questionnaireID, definitions: definitions)
        let workflow = try Self.workflow(
            ofKind: CapacityStatusRows.kind, actor: actor, starting: true, definitions: definitions)
        return try transaction { db in
            try Self.checkPartner(partner, db: db)
            try Self.supersedeStatuses(of: partner, definitions: definitions, now: now, db: db)
            let id = try RecordSequence.nextID(prefix: CapacityStatusKind.kind.idPrefix, db: db)
            let record = CapacityStatusRecord(
                partner: partner, status: status, reason: reason, at: now,
                assessBy: status == .lowCapacityAssumedEmergency ? LocalDate(period.after(now)) : nil)
            try Self.startRecord(
                id, kind: CapacityStatusRows.kind, data: CapacityStatusRows.startData(record, period: period),
                workflow: workflow,
                facts: CapacityStatusRows.facts(record, period: period, workflow: workflow),
                actor: actor, definitions: definitions, now: now, db: db
            ) { try CapacityStatusRows.insert(record, subject: id, db: db) }
            return id
        }
    }

    /// The emergency assessment period of the named questionnaire, or the shortest of all.
    static func emergencyPeriod(_ id: String?, definitions: DefinitionSet) throws(StoreError)
        -> CalendarDuration
    {
        if let id {
            guard let questionnaire = definitions.questionnaires[id] else {
                let known = definitions.questionnaires.keys.sorted()
                throw .unknownQuestionnaire(
                    id, suggestion: Suggestion.closest(to: id, among: known), known: known)
            }
            return questionnaire.timeRules.emergencyAssessmentPeriod
        }
        return definitions.questionnaires.values.map(\.timeRules.emergencyAssessmentPeriod)
            .min { $0.approximateSeconds < $1.approximateSeconds }
            ?? TimeRules.standard.emergencyAssessmentPeriod
    }

    /// Sends `supersede` (as `system`) to every status of `partner` that still stands, inside
    /// the caller's transaction.
    static func supersedeStatuses(
        of partner: String, definitions: DefinitionSet, now: Date, db: any StoreConnection
    )
        throws
    {
        for status in try CapacityStatusRows.records(partner: partner, db: db)
        where !status.snapshot.isComplete {
            let loaded = try currentInstance(status.id, definitions: definitions, db: db)
            let step: Step
            switch Engine.step(
                loaded.definition, loaded.instance, event: EventInput(CapacityStatusKind.supersede.name),
                actor: systemActor,
                now: now)
            {
            case .accepted(let accepted): step = accepted
            case .rejected(let rejection):
                throw StoreError.rejected(
                    subject: status.id, event: CapacityStatusKind.supersede.name, rejection)
            }
            let entry = LogEntry(
                subject: status.id, kind: "event", name: CapacityStatusKind.supersede.name,
                actor: systemActor, data: .object([:]),
                occurredAt: now, definitionHash: loaded.definition.hash,
                outcome: step.outcome(definition: loaded.definition, changedFrom: loaded.changedFrom))
            try record(
                entry, snapshot: InstanceSnapshot(step.instance, definition: loaded.definition),
                workflow: loaded.definition, subjectKind: "", effects: step.effects,
                expectedVersion: loaded.instance.version, db: db)
        }
    }

    /// The statuses recorded for `partner` (every partner when `nil`), in id order.
    public func capacityStatuses(partner: String? = nil) throws(StoreError) -> [CapacityStatusEntry] {
        try read { db in
            let partners =
                try partner.map { [$0] }
                ?? db.values(
                    String.self,
                    "SELECT DISTINCT target FROM link JOIN record ON record.subject = link.subject WHERE record.kind = ? ORDER BY target",
                    [CapacityStatusRows.kind])
            return try partners.flatMap { partner in
                try CapacityStatusRows.records(partner: partner, db: db).map {
                    CapacityStatusEntry(id: $0.id, record: $0.record, states: $0.snapshot.activeStates)
                }
            }.sorted { $0.id < $1.id }
        }
    }
}
