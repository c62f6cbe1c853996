public import DiligenceCore
public import DiligenceStore
public import Foundation

extension DiligenceService {
    /// The largest assessment export read (4 MB): a real one is a few kilobytes.
    public static let assessmentExportLimit = 4_000_000

    /// Starts an assessment of a partner the account may see; returns its id and, when it starts
    /// empty while an earlier final assessment could still be re-used, that one (to offer a copy).
    public func startAssessment(
        partner: String, questionnaire: String, copy: AssessmentCopy = .none,
        countryLevelReason: CountryLevelReason? = nil, by actor: AuthenticatedActor
    ) async throws -> (id: String, reusable: ReusableAssessment?) {
        try checkRecord(partner, visibleTo: actor)
        _ = try DiligenceStore.checkAssessmentStart(
            questionnaire: questionnaire, actor: actor.actor, definitions: definitions)
        let now = clock()
        let reusable =
            copy == .none
            ? try store.reusableAssessment(
                partner: partner, questionnaire: questionnaire, definitions: definitions, now: now) : nil
        let id = try store.startAssessment(
            partner: partner, questionnaire: questionnaire, copy: copy,
            countryLevelReason: countryLevelReason,
            actor: actor.actor, definitions: definitions, now: now)
        return (id, reusable)
    }

    /// Records a partner's capacity status without an assessment (for a partner the account may see).
    public func recordCapacityStatus(
        partner: String, status: CapacityStanding, reason: String, questionnaire: String?,
        by actor: AuthenticatedActor
    ) async throws -> String {
        try checkRecord(partner, visibleTo: actor)
        return try store.recordCapacityStatus(
            partner: partner, status: status, reason: reason, questionnaire: questionnaire,
            actor: actor.actor,
            definitions: definitions, now: clock())
    }

    /// The assessments and capacity statuses the account may see (of one partner; in one state),
    /// by id. A partner's staff see their own partner's only; a state no assessment or status can
    /// be in is refused.
    public func assessments(
        partner: String? = nil, inState state: String? = nil, by actor: AuthenticatedActor?
    )
        async throws -> (assessments: [AssessmentEntry], statuses: [CapacityStatusEntry])
    {
        if let partner { try checkPartner(partner, visibleTo: actor) }
        var entries = try store.assessments(partner: partner)
        var statuses = try store.capacityStatuses(partner: partner)
        if let state {
            entries = entries.filter { $0.instance.snapshot.activeStates.contains(state) }
            statuses = statuses.filter { $0.states.contains(state) || $0.record.status.name == state }
        }
        guard let actor, isPartnerRole(actor.role) else { return (entries, statuses) }
        let own = actor.account.partner
        return (entries.filter { $0.record.partner == own }, statuses.filter { $0.record.partner == own })
    }

    /// An assessment or a capacity status the account may see.
    public func assessmentRecord(_ id: String, by actor: AuthenticatedActor?) async throws
        -> AssessmentRecordEntry
    {
        try checkRecord(id, visibleTo: actor)
        if let status = try store.capacityStatuses().first(where: { $0.id == id }) { return .status(status) }
        return .assessment(try store.assessment(id))
    }

    /// The questionnaire an assessment is pinned to, as its version's text has it (an assessment
    /// started on an earlier version of its file is shown with that version's questions); `nil`
    /// when neither the installed file nor the database has that version.
    public func pinnedQuestionnaire(of entry: AssessmentEntry) throws -> Questionnaire? {
        try store.pinnedQuestionnaire(of: entry, definitions: definitions)
    }

    /// A final assessment as a document another UN entity can import, signed with the
    /// installation's key (from `keyFile`, created on first need).
    public func exportAssessment(
        _ id: String, entity: String?, keyFile: SigningKeyFile, by actor: AuthenticatedActor?
    ) async throws -> AssessmentExport {
        try checkRecord(id, visibleTo: actor)
        let export = try store.exportAssessment(id, entity: entity, now: clock())
        return export.signed(with: try await signingKey(keyFile, by: actor))
    }

    /// Records an assessment another UN entity exported (the document as read from a file or an
    /// upload, within ``assessmentExportLimit``) for a partner the account may see; returns its id.
    /// The document must be signed by a key trusted here (``SigningError`` otherwise).
    public func importAssessment(_ data: Data, partner: String, by actor: AuthenticatedActor) async throws
        -> String
    {
        try checkRecord(partner, visibleTo: actor)
        let text = try uploadedText(data, limit: Self.assessmentExportLimit, field: .assessmentExport)
        let export = try AssessmentExport.read(text, partner: partner)
        try checkSignature(of: export)
        return try store.importAssessment(
            export, partner: partner, actor: actor.actor, definitions: definitions, now: clock())
    }
}

/// An assessment or a capacity status recorded without one, as
/// ``DiligenceService/assessmentRecord(_:by:)`` finds it.
public enum AssessmentRecordEntry: Sendable {
    /// A PSEA capacity assessment.
    case assessment(AssessmentEntry)
    /// A capacity status recorded without an assessment.
    case status(CapacityStatusEntry)
}
