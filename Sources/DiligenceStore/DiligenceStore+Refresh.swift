public import DiligenceCore
public import Foundation

/// The derived-field values a subject's workflow steps with, and what of them goes into the log.
struct SubjectFacts {
    /// The values of the workflow's derived fields.
    var values: [FieldValue] = []
    /// The facts as logged in the event's data (under ``DiligenceStore/factsKey``), so the replay
    /// steps with exactly them; `nil` when the replay recomputes them from the subject's own record.
    var logged: JSONValue?
    /// A partner's facts as read from its records, which the refresh after its own event reuses
    /// (see ``PartnerFactsReader/eventsRead``); `nil` for other subjects.
    var partner: PartnerFactValues?
}

extension DiligenceStore {
    /// The key of an event's data that holds the partner facts it was stepped with.
    static let factsKey = "facts"

    /// The role and user of the engine when it refreshes a record on its own.
    static let refreshActor = Actor(user: "refresh", role: SystemRole.name)

    /// The facts `subject`'s workflow reads at `now`: an assessment's from its record, a partner's
    /// from every record linked to it; none for a workflow without derived fields.
    static func facts(
        for subject: String, definition: WorkflowDefinition, definitions: DefinitionSet, now: Date,
        db: any StoreConnection
    ) throws -> SubjectFacts {
        guard definition.fields.contains(where: \.isDerived) else { return SubjectFacts() }
        if definition.subject == PartnerKind.kind.subject {
            return try partnerFacts(subject, definition: definition, now: now, db: db)
        }
        if let record = try AssessmentRows.record(subject, db: db) {
            let questionnaire = try pinnedQuestionnaire(
                of: record, subject: subject, definitions: definitions)
            return SubjectFacts(
                values: AssessmentRows.facts(
                    record, questionnaire: questionnaire, workflow: definition, now: now))
        }
        if let record = try AgreementRows.record(subject, db: db) {
            return SubjectFacts(values: try AgreementRows.facts(record, workflow: definition, db: db))
        }
        return SubjectFacts()
    }

    /// A partner's facts, computed from the records linked to it, as the lifecycle's derived fields.
    static func partnerFacts(
        _ partner: String, definition: WorkflowDefinition, now: Date, db: any StoreConnection
    ) throws -> SubjectFacts {
        let values = try PartnerFactsReader.facts(partner: partner, now: now, db: db)
        var facts = subjectFacts(values, definition: definition)
        facts.partner = values
        return facts
    }

    /// A partner's facts as its lifecycle's derived-field values and their logged form.
    static func subjectFacts(_ facts: PartnerFactValues, definition: WorkflowDefinition) -> SubjectFacts {
        let values = definition.derivedValues(facts.byName)
        var logged: [String: JSONValue] = [:]
        for value in values { logged[value.field.path] = value.value?.json ?? .null }
        return SubjectFacts(values: values, logged: .object(logged))
    }

    /// The derived-field values logged with an event, read back for the replay.
    static func loggedFacts(_ data: JSONValue, definition: WorkflowDefinition) -> [FieldValue]? {
        guard let logged = data[factsKey]?.objectValue else { return nil }
        return definition.fields.filter(\.isDerived).map { field in
            let value = logged[field.path].flatMap { $0 == .null ? nil : Value(json: $0, as: field.type) }
            return FieldValue(field: FieldID(slot: field.slot, path: field.path), value: value)
        }
    }

    /// Refreshes the partners `subject` concerns (the subject itself when it is a partner, the
    /// partners it is linked to otherwise), inside the caller's transaction. Returns the partners
    /// whose lifecycle moved.
    ///
    /// Nothing is read when no loaded workflow has derived fields: no refresh could change anything.
    ///
    /// - Parameters:
    ///   - known: a partner's facts already read in this transaction and still what its records say
    ///     (its own event changes none of them), used for it instead of reading them again.
    ///   - recent: the instances this process wrote last, so a snapshot just written is not parsed.
    @discardableResult
    static func refreshPartners(
        linkedTo subject: String, definitions: DefinitionSet, now: Date, db: any StoreConnection,
        known: (partner: String, facts: SubjectFacts)? = nil, recent: RecentInstances? = nil
    ) throws -> [String] {
        guard definitions.workflows.values.contains(where: { $0.fields.contains(where: \.isDerived) }) else {
            return []
        }
        var partners = try db.values(
            String.self, "SELECT target FROM link WHERE subject = ? AND role = 'partner' ORDER BY target",
            [subject])
        if partners.isEmpty,
            try db.value(Bool.self, "SELECT 1 FROM partner WHERE id = ?", [subject])
                ?? false
        {
            partners = [subject]
        }
        // An international NGO's country-level records inherit its headquarters record's flags.
        for partner in partners { partners += try StartLinks.countryRecords(of: partner, db: db) }
        var moved: [String] = []
        for partner in partners
        where try refreshPartner(
            partner, definitions: definitions, now: now, db: db,
            known: known?.partner == partner ? known?.facts : nil, recent: recent)
        {
            moved.append(partner)
        }
        return moved
    }

    /// Recomputes one partner's facts and lets its lifecycle take the `done` and `always`
    /// transitions they enable. A refresh that changes anything is logged as an event of kind
    /// `refresh` by the engine, with the facts it applied; one that changes nothing writes nothing.
    ///
    /// - Parameters:
    ///   - known: the partner's facts when they were read already in this transaction and nothing
    ///     they come from changed since.
    ///   - recent: the instances this process wrote last (see ``RecentInstances``).
    static func refreshPartner(
        _ partner: String, definitions: DefinitionSet, now: Date, db: any StoreConnection,
        known: SubjectFacts? = nil, recent: RecentInstances? = nil
    ) throws -> Bool {
        var loaded = try currentInstance(partner, definitions: definitions, db: db, recent: recent)
        let definition = loaded.definition
        guard definition.fields.contains(where: \.isDerived) else {
            try RefreshHorizon.forget(partner, db: db)
            return false
        }
        if loaded.instance.isComplete {
            // A closed lifecycle takes no more steps, but its facts still count in the reports.
            let values = try known?.partner ?? PartnerFactsReader.facts(partner: partner, now: now, db: db)
            try RefreshHorizon.keep(
                partner, facts: values, instance: loaded.instance, lifecycle: definition,
                definitions: definitions, db: db)
            return false
        }
        var facts: SubjectFacts
        let ruleFacts: PartnerFactValues
        if let known, let values = known.partner {
            (facts, ruleFacts) = (known, values)
        } else {
            ruleFacts = try PartnerFactsReader.facts(partner: partner, now: now, db: db)
            facts = subjectFacts(ruleFacts, definition: definition)
        }
        if try applyRiskRules(partner: partner, facts: ruleFacts, definitions: definitions, now: now, db: db)
        {
            // The rules raised or cleared flags: the flag counts (and a rule's re-assessment) changed.
            loaded = try currentInstance(partner, definitions: definitions, db: db)
            facts = try partnerFacts(partner, definition: definition, now: now, db: db)
        }
        let horizonFacts = facts.partner ?? ruleFacts
        switch Engine.refresh(definition, loaded.instance, facts: facts.values, now: now) {
        case nil:
            try RefreshHorizon.keep(
                partner, facts: horizonFacts, instance: loaded.instance, lifecycle: definition,
                definitions: definitions, db: db)
            return false
        case .rejected(let rejection):
            throw StoreError.rejected(subject: partner, event: "refresh", rejection)
        case .accepted(let step):
            let entry = LogEntry(
                subject: partner, kind: "refresh", name: "refresh", actor: refreshActor,
                data: .object([factsKey: facts.logged ?? .object([:])]), occurredAt: now,
                definitionHash: definition.hash,
                outcome: step.outcome(definition: definition, changedFrom: loaded.changedFrom))
            try record(
                entry, snapshot: InstanceSnapshot(step.instance, definition: definition),
                workflow: definition,
                subjectKind: "", effects: step.effects, expectedVersion: loaded.instance.version,
                head: loaded.head, db: db)
            try RefreshHorizon.keep(
                partner, facts: horizonFacts, instance: step.instance, lifecycle: definition,
                definitions: definitions, db: db)
            return true
        }
    }

    /// Refreshes the partners whose lifecycle can have changed with the date since their last
    /// refresh (an assessment expiring, a plan item falling overdue), each in its own transaction;
    /// returns the partners whose lifecycle moved. Which partners are due is kept by
    /// ``RefreshHorizon``: when the partner lifecycle or the risk rules changed since the days were
    /// kept (or none were, in a database of an earlier version), every partner is refreshed once
    /// (a closed one only has its facts kept).
    public func refreshAllPartners(now: Date, definitions: DefinitionSet) throws(StoreError) -> [String] {
        let now = Timestamp.truncated(now)
        guard let lifecycle = definitions.workflow(forSubject: PartnerKind.kind.subject) else { return [] }
        let basis = RefreshHorizon.basis(lifecycle, definitions: definitions)
        let (partners, everyPartner) = try read { db in
            if try RefreshHorizon.storedBasis(db: db) == basis {
                return (try RefreshHorizon.due(on: LocalDate(now), db: db), false)
            }
            return (
                try db.values(
                    String.self,
                    "SELECT subject FROM instance WHERE kind = 'partner' ORDER BY subject"),
                true
            )
        }
        var moved: [String] = []
        var seen = Set<String>()
        for partner in partners {
            let changed = try transaction { db in
                var changed =
                    try Self.refreshPartner(partner, definitions: definitions, now: now, db: db)
                    ? [partner] : []
                // A country-level record inherits its headquarters record's flags.
                for record in try StartLinks.countryRecords(of: partner, db: db)
                where try Self.refreshPartner(record, definitions: definitions, now: now, db: db) {
                    changed.append(record)
                }
                return changed
            }
            for partner in changed where seen.insert(partner).inserted { moved.append(partner) }
        }
        if everyPartner { try transaction { db in try RefreshHorizon.setBasis(basis, db: db) } }
        return moved
    }
}
