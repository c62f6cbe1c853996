public import DiligenceCore
public import DiligenceImport
public import DiligenceStore
public import Foundation

extension DiligenceService {
    /// The agreement intake, once for every front end: reads the file within the import's safety
    /// limits, finds the catalogue's PSEA clauses in it, and records it as a new agreement of
    /// `partner` or, with `newVersionOf`, as a new version of that agreement. The account's right to
    /// import is checked before the file is read; a file that cannot be read safely is refused
    /// (``ImportError``) and nothing is recorded. `progress` hears each phase.
    public func importAgreement(
        file: URL, format: ImportFormat = .auto, limits: ImportLimits = .standard, partner: String?,
        newVersionOf agreement: String? = nil, progress: @escaping (IntakePhase) -> Void = { _ in },
        by actor: AuthenticatedActor
    ) async throws -> AgreementIntake {
        guard let target = agreement ?? partner else {
            throw DiligenceError(.missingValue, field: .partner, ["what": "partner"])
        }
        try checkRecord(target, visibleTo: actor)
        let catalogue = try DiligenceStore.loadedCatalogue(definitions)
        if agreement == nil {
            _ = try DiligenceStore.checkAgreementImport(nil, actor: actor.actor, definitions: definitions)
        }
        progress(.reading(done: 0, of: 0))
        let document = try AgreementImporter(limits: limits).importFile(at: file, format: format) {
            read, size in
            progress(.reading(done: read, of: size))
        }
        progress(.detecting(paragraphs: document.paragraphs.count, done: 0))
        let findings = ClauseDetector(catalogue: catalogue).findings(in: document) { done, total in
            progress(.detecting(paragraphs: total, done: done))
        }
        let imported = ImportedAgreement(
            fileName: file.lastPathComponent, format: document.format, contentHash: document.contentHash,
            catalogue: CatalogueReference(catalogue), findings: findings)
        progress(.recording)
        let id: String
        if let agreement {
            _ = try store.changeAgreement(
                id: agreement, change: .addVersion(imported), actor: actor.actor, definitions: definitions,
                now: clock())
            id = agreement
        } else {
            id = try store.importAgreement(
                partner: target, imported: imported, actor: actor.actor, definitions: definitions,
                now: clock())
        }
        let entry = try store.agreement(id)
        // The text beside the log, so the agreement's page shows the passages found.
        try store.keepAgreementText(document, agreement: id, version: entry.record.current.number)
        return AgreementIntake(entry: entry, language: AgreementLanguage.detect(document))
    }

    /// A decision on an agreement the account may see (confirm, request an amendment or waive a
    /// clause; clear the agreement), as its workflow allows the role; returns what the step did and
    /// the agreement as it now stands.
    public func changeAgreement(_ id: String, change: AgreementChange, by actor: AuthenticatedActor)
        async throws
        -> (result: SendResult, entry: AgreementEntry)
    {
        try checkRecord(id, visibleTo: actor)
        let result = try store.changeAgreement(
            id: id, change: change, actor: actor.actor, definitions: definitions, now: clock())
        return (result, try store.agreement(id))
    }

    /// The agreements the account may see (of one partner; in one state of their workflow), by id.
    /// A partner's staff see their own partner's only. A state the workflow does not have is refused.
    public func agreements(
        partner: String? = nil, inState state: String? = nil, by actor: AuthenticatedActor?
    )
        async throws -> [AgreementEntry]
    {
        if let partner { try checkPartner(partner, visibleTo: actor) }
        if let state { try checkState(state, of: AgreementKind.kind) }
        var entries = try store.agreements(partner: partner)
        if let state { entries = entries.filter { $0.instance.snapshot.activeStates.contains(state) } }
        guard let actor, isPartnerRole(actor.role) else { return entries }
        return entries.filter { $0.record.partner == actor.account.partner }
    }

    /// An agreement the account may see.
    public func agreement(_ id: String, by actor: AuthenticatedActor?) async throws -> AgreementEntry {
        try checkRecord(id, visibleTo: actor)
        return try store.agreement(id)
    }
}

/// A phase of the agreement intake, for a progress display.
public enum IntakePhase: Sendable, Equatable {
    /// Reading the file: bytes read of its size (0 of 0 as it starts).
    case reading(done: Int, of: Int)
    /// Finding the clauses: paragraphs done of the document's.
    case detecting(paragraphs: Int, done: Int)
    /// Recording the agreement in the log.
    case recording
}

/// An agreement as the intake recorded it.
public struct AgreementIntake: Sendable {
    /// The agreement as it now stands.
    public var entry: AgreementEntry
    /// The language the document is written in.
    public var language: AgreementLanguage
}
