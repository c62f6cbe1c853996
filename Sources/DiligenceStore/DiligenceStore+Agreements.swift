public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// Imports a partner agreement, in one transaction: the `agreement-review` instance, its
    /// record with the first version and its findings, the catalogue's source and the link to the
    /// partner. Returns the new id (`AG-0001`). A partner with a valid red flag may still have an
    /// agreement imported and reviewed; it cannot be cleared.
    public func importAgreement(
        partner: String, imported: ImportedAgreement, actor: Actor, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> String {
        let now = Timestamp.truncated(now)
        let time = Timestamp.format(now)
        let (catalogue, workflow) = try Self.checkAgreementImport(
            imported, actor: actor, definitions: definitions)
        return try transaction { db in
            try Self.checkPartner(partner, db: db)
            let id = try RecordSequence.nextID(prefix: AgreementKind.kind.idPrefix, db: db)
            let record = AgreementRecord(
                partner: partner, first: imported.version(1, by: actor.user, at: time))
            try AgreementRows.storeCatalogue(catalogue, at: time, db: db)
            try Self.startRecord(
                id, kind: AgreementRows.kind, event: "import",
                data: AgreementRows.startData(partner: partner, imported: imported), workflow: workflow,
                facts: try AgreementRows.facts(record, workflow: workflow, db: db), actor: actor,
                definitions: definitions, now: now, db: db
            ) { try AgreementRows.insert(record, subject: id, db: db) }
            return id
        }
    }

    /// Checks an import before anything is opened or written: the agreement workflow is loaded,
    /// the actor may start it, and the findings were made with the loaded clause catalogue.
    public static func checkAgreementImport(
        _ imported: ImportedAgreement?, actor: Actor, definitions: DefinitionSet
    ) throws(StoreError) -> (catalogue: ClauseCatalogue, workflow: WorkflowDefinition) {
        let workflow = try Self.workflow(
            ofKind: AgreementRows.kind, actor: actor, starting: true, definitions: definitions)
        let catalogue = try loadedCatalogue(definitions)
        if let imported, imported.catalogue.hash != catalogue.hash {
            throw .invalidInput(field: .findings, problem: .mismatch, values: [:])
        }
        return (catalogue, workflow)
    }

    /// The clause catalogue of the definitions, or the error that says it is missing.
    public static func loadedCatalogue(_ definitions: DefinitionSet) throws(StoreError) -> ClauseCatalogue {
        guard let catalogue = definitions.clauseCatalogue else { throw .clauseCatalogueMissing }
        return catalogue
    }

    /// Sends the event that carries `change` to an agreement (`import_version`, `confirm`,
    /// `amend` or `waive`), in one transaction: the change is checked and applied, the facts are
    /// recomputed from the changed record, the engine steps with them, and the event (its data
    /// holding the change under `change`), the snapshot and the record are written. A refused
    /// step or a change that does not fit writes nothing.
    public func changeAgreement(
        id: String, change: AgreementChange, actor: Actor, definitions: DefinitionSet, now: Date
    ) throws(StoreError) -> SendResult {
        let now = Timestamp.truncated(now)
        var catalogue: ClauseCatalogue?
        if case .addVersion(let imported) = change {
            catalogue = try Self.loadedCatalogue(definitions)
            guard imported.catalogue.hash == catalogue?.hash else {
                throw .invalidInput(field: .findings, problem: .mismatch, values: [:])
            }
        }
        let result = try transaction { db in
            let record = try Self.found(
                AgreementRows.record(id, db: db), id: id, otherwise: .notAnAgreement(id),
                definitions: definitions, db: db)
            if let catalogue {
                try AgreementRows.storeCatalogue(catalogue, at: Timestamp.format(now), db: db)
            }
            return try agreementStep(
                id, event: change.event, change: change, assignments: [], record: record, actor: actor,
                definitions: definitions, now: now, db: db)
        }
        storedDefinitions.insert(result.definition.hash)
        logger.debug(
            "agreement event accepted",
            metadata: [
                "subject": "\(id)", "event": "\(change.event)", "seq": "\(result.seq)",
                "role": "\(actor.role)",
            ])
        return result
    }

    /// One event of an agreement, inside the caller's transaction. An event that changes the
    /// record (`confirm`, ...) must carry its change: `diligence send` cannot send it bare.
    func agreementStep(
        _ subject: String, event: String, change: AgreementChange?,
        assignments: [(field: String, value: String)], record: AgreementRecord, actor: Actor,
        definitions: DefinitionSet, now: Date, db: any StoreConnection
    ) throws -> SendResult {
        let loaded = try Self.currentInstance(
            subject, definitions: definitions, db: db, recent: recentInstances)
        let (definition, instance) = (loaded.definition, loaded.instance)
        try Self.checkRole(actor, workflow: definition, starting: false)
        if change == nil, AgreementRows.recordEvents.contains(event) {
            throw StoreError.agreementCommandRequired(subject: subject, event: event)
        }
        let input = try Self.eventInput(definition, event, assignments: assignments, subject: subject)
        let changed = try Self.applying(change, to: record, actor: actor, now: now, subject: subject)
        let facts = try AgreementRows.facts(changed, workflow: definition, db: db)
        switch Engine.step(definition, instance, event: input, actor: actor, now: now, facts: facts) {
        case .rejected(let rejection):
            let flags = try PartnerRedFlags.open(partner: record.partner, db: db)
            if !flags.isEmpty, Self.readsRedFlags(rejection) {
                throw StoreError.locked(
                    subject: subject, event: event, partner: record.partner, flags: flags, rejection)
            }
            throw StoreError.rejected(subject: subject, event: event, rejection)
        case .accepted(let step):
            return try recordAcceptedStep(
                step, of: loaded, subject: subject, event: event, input: input,
                extra: change.map { [Self.changeKey: $0.json] } ?? [:], actor: actor,
                definitions: definitions,
                now: now, db: db
            ) {
                if change != nil { try AgreementRows.update(changed, subject: subject, db: db) }
            }
        }
    }

    /// True when a refusal comes from guards that read the partner's red flags.
    private static func readsRedFlags(_ rejection: Rejection) -> Bool {
        guard case .guardFailed(_, let failures) = rejection else { return false }
        return failures.contains { failure in
            failure.values.contains { $0.path == AgreementKind.partnerOpenRedFlags.name }
        }
    }

    private static func applying(
        _ change: AgreementChange?, to record: AgreementRecord, actor: Actor, now: Date, subject: String
    ) throws(StoreError) -> AgreementRecord {
        guard let change else { return record }
        do {
            return try record.applying(change, actor: actor, at: Timestamp.format(now))
        } catch {
            throw .badAgreementChange(subject: subject, error)
        }
    }
}
