public import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// Records an allegation against a partner the account may see; returns the new case's id.
    /// Restricted details are sealed with the key of `keyFile` (``sealingKey(_:)``); the role's
    /// right to report and the partner are checked before a key file may be created.
    public func reportAllegation(
        _ report: AllegationReport, keyFile: AllegationKeyFile, by actor: AuthenticatedActor
    )
        async throws -> String
    {
        try checkPartner(report.partner, visibleTo: actor)
        _ = try DiligenceStore.checkAllegationStart(actor: actor.actor, definitions: definitions)
        let key = report.restricted.isEmpty ? nil : try sealingKey(keyFile)
        return try store.reportAllegation(
            report, actor: actor.actor, key: key, definitions: definitions, now: clock())
    }

    /// Records the victim/survivor's consent given or withdrawn on `day`, on a case the account may see.
    @discardableResult
    public func recordConsent(_ id: String, given: Bool, on day: LocalDate, by actor: AuthenticatedActor)
        async throws -> SendResult
    {
        try checkRecord(id, visibleTo: actor)
        _ = try store.allegationCase(id)
        let event = given ? AllegationKind.consentGiven : AllegationKind.consentWithdrawn
        return try store.send(
            subject: id, event: event.name, assignments: [(AllegationKind.consentOn.name, day.description)],
            actor: actor.actor, definitions: definitions, now: clock())
    }

    /// Records one type of assistance offered, accepted, provided or declined on a case the account
    /// may see; its details are sealed with the key of `keyFile`.
    @discardableResult
    public func recordAssistance(
        _ id: String, entry: AssistanceEntry, keyFile: AllegationKeyFile, by actor: AuthenticatedActor
    ) async throws -> SendResult {
        try checkRecord(id, visibleTo: actor)
        _ = try store.allegationCase(id)
        return try store.recordAssistance(
            id, entry: entry, actor: actor.actor, key: try sealingKey(keyFile), definitions: definitions,
            now: clock())
    }

    /// The key that seals restricted fields. The file is created on first use, but only while the
    /// database holds no sealed value yet (a new key would not open the earlier ones); an existing
    /// key must open the values already sealed, so no case mixes two keys.
    public func sealingKey(_ file: AllegationKeyFile) throws -> AllegationKey {
        if !file.exists, try store.holdsSealedValues() { throw StoreError.keyMissing(path: file.path) }
        let key = try file.loadOrCreate()
        try store.checkKey(key, keyPath: file.path)
        return key
    }
}
