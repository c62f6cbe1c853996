public import DiligenceCore
public import Foundation

/// What an accepted event did, as the command reports it.
public struct SendResult: Sendable {
    /// The log position of the event.
    public var seq: Int
    /// The engine's step.
    public var step: Step
    /// The definition it ran under.
    public var definition: WorkflowDefinition
    /// The hash of the earlier definition, when the file had changed since the last event.
    public var changedFrom: String?
}

extension DiligenceStore {
    /// Registers a partner and starts its lifecycle workflow, in one transaction.
    public func registerPartner(
        name: String, country: String, type: PartnerType, headquarters: String? = nil, actor: Actor,
        definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> PartnerRecord {
        let now = Timestamp.truncated(now)
        let (name, country, workflow) = try Self.checkRegistration(
            name: name, country: country, actor: actor, definitions: definitions)
        return try transaction { db in
            let id = try RecordSequence.nextID(prefix: PartnerKind.kind.idPrefix, db: db)
            let facts = try Self.partnerFacts(id, definition: workflow, now: now, db: db)
            let step = Engine.start(workflow, subject: id, now: now, facts: facts.values)
            var fields: [String: JSONValue] = [
                "name": .string(name), "country": .string(country), "type": .string(type.rawValue),
            ]
            if let headquarters {
                try Self.checkHeadquarters(headquarters, type: type, db: db)
                fields["headquarters"] = .string(headquarters)
            }
            let partner = JSONValue.object(fields)
            var data: [String: JSONValue] = ["partner": partner]
            if workflow.fields.contains(where: \.isDerived) { data[Self.factsKey] = facts.logged }
            let entry = LogEntry(
                subject: id, kind: "start", name: "register", actor: actor,
                data: .object(data),
                occurredAt: now, definitionHash: workflow.hash,
                outcome: step.outcome(definition: workflow, changedFrom: nil))
            try Self.record(
                entry, snapshot: InstanceSnapshot(step.instance, definition: workflow), workflow: workflow,
                subjectKind: PartnerKind.kind.subject, effects: step.effects, expectedVersion: nil, db: db)
            if let partnerFacts = facts.partner {
                try RefreshHorizon.keep(
                    id, facts: partnerFacts, instance: step.instance, lifecycle: workflow,
                    definitions: definitions,
                    db: db)
            }
            return PartnerRecord(id: id, name: name, country: country, type: type, registeredAt: now)
        }
    }

    /// Checks a registration before anything is opened or written: the name, the country code and
    /// the actor's right to register. Returns the name and country as stored, and the partner workflow.
    public static func checkRegistration(
        name: String, country: String, actor: Actor, definitions: DefinitionSet
    ) throws(StoreError) -> (name: String, country: String, workflow: WorkflowDefinition) {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
            throw .invalidInput(field: .name, problem: .missing, values: [:])
        }
        guard name.count <= 200 else {
            throw .invalidInput(field: .name, problem: .tooLong, values: ["limit": "200"])
        }
        let country = country.uppercased()
        guard CountryCode.isAssigned(country) else {
            throw .invalidInput(field: .country, problem: .malformed, values: ["value": country])
        }
        let workflow = try Self.workflow(
            ofKind: PartnerKind.kind.subject, actor: actor, starting: true, definitions: definitions)
        return (name, country, workflow)
    }

    /// Sends an event to a record, with `field=value` data, in one transaction.
    public func send(
        subject: String, event: String, assignments: [(field: String, value: String)], actor: Actor,
        definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> SendResult {
        let now = Timestamp.truncated(now)
        let result = try transaction { db in
            // One look-up reads the instance with the head of the log and finds whether the subject
            // is a record of some kind; a partner has none.
            let stored = try Self.storedInstance(subject, db: db)
            let recordKind = try stored.map(\.recordKind) ?? Self.recordKind(of: subject, db: db)
            try RecordCommands.check(event: event, subject: subject, kind: recordKind, db: db)
            if recordKind == AssessmentRows.kind, let record = try AssessmentRows.record(subject, db: db) {
                return try assessmentStep(
                    subject, event: event, change: nil, assignments: assignments, record: record,
                    actor: actor,
                    definitions: definitions, now: now, db: db)
            }
            if recordKind == AgreementRows.kind, let record = try AgreementRows.record(subject, db: db) {
                return try agreementStep(
                    subject, event: event, change: nil, assignments: assignments, record: record,
                    actor: actor,
                    definitions: definitions, now: now, db: db)
            }
            if recordKind == AllegationRows.kind, let record = try AllegationRows.record(subject, db: db) {
                return try allegationStep(
                    subject, event: event, assignments: assignments, record: record, assistance: nil,
                    actor: actor,
                    definitions: definitions, now: now, db: db)
            }
            let loaded = try Self.currentInstance(
                subject, definitions: definitions, db: db, recent: recentInstances, stored: stored)
            let (definition, instance, changedFrom) = (loaded.definition, loaded.instance, loaded.changedFrom)
            try Self.checkRole(actor, workflow: definition, starting: false)
            // Only a person's decision on a flag is checked against its rule: other events skip the look-up.
            if recordKind == nil,
                event == FlagDecision.resolve.event || event == FlagDecision.invalidate.event,
                let partner = try FlagRows.partner(ofFlag: subject, db: db)
            {
                try Self.checkRuleFlagDecision(
                    subject, event: event, partner: partner, definitions: definitions, now: now, db: db)
            }
            let input = try Self.eventInput(definition, event, assignments: assignments, subject: subject)
            let facts = try Self.facts(
                for: subject, definition: definition, definitions: definitions, now: now, db: db)
            switch Engine.step(
                definition, instance, event: input, actor: actor, now: now, facts: facts.values)
            {
            case .rejected(let rejection):
                throw try Self.refusal(subject, event: event, rejection, db: db)
            case .accepted(let step):
                var fields = input.loggedData
                if let logged = facts.logged { fields[Self.factsKey] = logged }
                let data = JSONValue.object(fields)
                let entry = LogEntry(
                    subject: subject, kind: "event", name: event, actor: actor, data: data, occurredAt: now,
                    definitionHash: definition.hash,
                    outcome: step.outcome(definition: definition, changedFrom: changedFrom))
                let snapshotText = InstanceSnapshot.canonicalText(of: step.instance, definition: definition)
                let seq = try Self.record(
                    entry, snapshotText: snapshotText,
                    activeStates: definition.activeStateIDs(of: step.instance),
                    version: step.instance.version,
                    isComplete: step.instance.isComplete, workflow: definition, subjectKind: "",
                    effects: step.effects, expectedVersion: instance.version, head: loaded.head,
                    definitionStored: storedDefinitions.contains(definition.hash), db: db)
                recentInstances.remember(subject, snapshotText: snapshotText, instance: step.instance)
                // A partner's own event may change the facts rules read (confirming training); after
                // any other, the facts read before the step are still what its records say.
                let known =
                    PartnerFactsReader.eventsRead.contains(event) || facts.partner == nil ? nil : facts
                try Self.refreshPartners(
                    linkedTo: subject, definitions: definitions, now: now, db: db,
                    known: known.map { (subject, $0) }, recent: recentInstances)
                return SendResult(seq: seq, step: step, definition: definition, changedFrom: changedFrom)
            }
        }
        storedDefinitions.insert(result.definition.hash)
        logger.debug(
            "event accepted",
            metadata: [
                "subject": "\(subject)", "event": "\(event)", "seq": "\(result.seq)", "role": "\(actor.role)",
            ])
        return result
    }

    /// The kind of record `subject` is (`assessment`, `allegation`, ...), or `nil` for a subject
    /// that has no record row (a partner).
    static func recordKind(of subject: String, db: any StoreConnection) throws -> String? {
        try db.value(String.self, "SELECT kind FROM record WHERE subject = ?", [subject])
    }

    static func checkRole(_ actor: Actor, workflow: WorkflowDefinition, starting: Bool) throws(StoreError) {
        guard actor.user.contains(where: { !$0.isWhitespace }) else {
            throw .invalidInput(field: .actor, problem: .missing, values: ["act": "act"])
        }
        guard actor.role != SystemRole.name else {
            throw .invalidInput(field: .role, problem: .reserved, values: ["value": actor.role])
        }
        guard workflow.roles.contains(where: { $0.id == actor.role }) else {
            let roles = workflow.roles.map(\.id)
            var values = [
                "value": actor.role, "workflow": workflow.id, "known": roles.joined(separator: ", "),
            ]
            values["suggestion"] = Suggestion.closest(to: actor.role, among: roles)
            throw .invalidInput(field: .role, problem: .unknown, values: values)
        }
        if starting, let allowed = workflow.startedBy, !allowed.contains(actor.role) {
            throw .invalidInput(
                field: .role, problem: .notPermitted,
                values: [
                    "role": actor.role, "act": "start", "workflow": workflow.id,
                    "allowed": allowed.joined(separator: ", "),
                ])
        }
    }

    /// The stored instance of a record under the currently loaded definition of its workflow.
    /// When the file changed since, the instance moves to it if its states and fields still
    /// exist, and the hash it came from is returned; otherwise the command fails.
    ///
    /// - Parameter stored: the instance's row when the caller has read it already.
    static func currentInstance(
        _ subject: String, definitions: DefinitionSet, db: any StoreConnection,
        recent: RecentInstances? = nil,
        stored: StoredInstance? = nil
    ) throws -> LoadedRecord {
        guard let row = try stored ?? storedInstance(subject, db: db) else {
            let ids = try db.values(String.self, "SELECT subject FROM instance")
            throw StoreError.unknownSubject(subject, suggestion: Suggestion.closest(to: subject, among: ids))
        }
        let workflowID = row.workflow
        let hash = row.definitionHash
        guard let definition = definitions.workflows[workflowID] else {
            throw StoreError.workflowMissing(subject: subject, workflow: workflowID)
        }
        let head = row.head
        let text = row.snapshot
        if let instance = recent?.instance(subject, snapshotText: text, definitionHash: definition.hash) {
            return LoadedRecord(
                definition: definition, instance: instance, changedFrom: hash == definition.hash ? nil : hash,
                head: head)
        }
        let snapshot = try snapshot(from: text, subject: subject)
        do {
            let instance = try snapshot.instance(subject: subject, definition: definition)
            return LoadedRecord(
                definition: definition, instance: instance, changedFrom: hash == definition.hash ? nil : hash,
                head: head)
        } catch {
            throw StoreError.definitionIncompatible(
                subject: subject, workflow: workflowID, file: definition.file, started: hash,
                current: definition.hash, error)
        }
    }

    /// The snapshot stored as `text` for `subject`, parsed once per distinct text.
    static func snapshot(from text: String, subject: String) throws -> InstanceSnapshot {
        try parsedSnapshots.value(subject, text: text) { text in try parseSnapshot(text, subject: subject) }
    }

    static let parsedSnapshots = ParsedTextCache<InstanceSnapshot>()

    private static func parseSnapshot(_ text: String, subject: String) throws -> InstanceSnapshot {
        guard let json = JSONValue(text: text),
            let states = json["states"]?.arrayValue?.compactMap(\.stringValue),
            let context = json["context"]?.objectValue, let version = json["version"]?.intValue,
            case .bool(let complete) = json["complete"]
        else { throw StoreError.corrupted("the snapshot of \(subject) cannot be read") }
        return InstanceSnapshot(
            activeStates: states, context: context, version: version, isComplete: complete)
    }
}

/// An instance's row as stored, read with the head of the log and the kind of record the subject
/// is (`nil` for a partner), in one statement.
struct StoredInstance {
    var recordKind: String?
    var workflow: String
    var definitionHash: String
    var snapshot: String
    var head: LogHead
}

extension DiligenceStore {
    /// The stored row of `subject`'s instance, or `nil` when it has none.
    static func storedInstance(_ subject: String, db: any StoreConnection) throws -> StoredInstance? {
        try db.row(
            """
            SELECT (SELECT kind FROM record WHERE subject = ?1), workflow, definition_hash, snapshot,
                (SELECT seq FROM event ORDER BY seq DESC LIMIT 1),
                (SELECT hash FROM event ORDER BY seq DESC LIMIT 1)
            FROM instance WHERE subject = ?1
            """, [subject]
        ).map { row in
            StoredInstance(
                recordKind: row[0], workflow: row[1] ?? "", definitionHash: row[2] ?? "",
                snapshot: row[3] ?? "",
                head: LogHead(seq: row[4] ?? 0, hash: row[5] ?? ContentHash.genesis))
        }
    }
}

/// A record read for a command: its workflow (as now loaded), its instance under it, the hash it
/// ran under before when the file has changed since, and the head of the log.
struct LoadedRecord {
    var definition: WorkflowDefinition
    var instance: WorkflowInstance
    var changedFrom: String?
    var head: LogHead
}
