import Foundation

/// One change to an agreement record, carried by an event of the agreement workflow.
public enum AgreementChange: Hashable, Sendable {
    /// A new version of the agreement was imported, with the findings made on it.
    case addVersion(ImportedAgreement)
    /// A decision on a clause of the current version.
    case decide(clause: String, kind: ClauseDecisionKind, text: String?)
}

/// What an import hands to the record: the file, its normalised text's hash, the catalogue and
/// the findings. The version number, who and when are the record's and the event's.
public struct ImportedAgreement: Hashable, Sendable {
    /// The imported file's name.
    public var fileName: String
    /// The format it was read as.
    public var format: AgreementFormat
    /// ``AgreementDocument/contentHash`` of the document.
    public var contentHash: String
    /// The catalogue the findings were made with.
    public var catalogue: CatalogueReference
    /// One finding per clause of the catalogue.
    public var findings: [ClauseFinding]

    /// Creates an import.
    public init(
        fileName: String, format: AgreementFormat, contentHash: String, catalogue: CatalogueReference,
        findings: [ClauseFinding]
    ) {
        self.fileName = fileName
        self.format = format
        self.contentHash = contentHash
        self.catalogue = catalogue
        self.findings = findings
    }

    /// The version this import becomes, with its number, who and when.
    public func version(_ number: Int, by user: String, at time: String) -> AgreementVersion {
        AgreementVersion(
            number: number, fileName: fileName, format: format, contentHash: contentHash,
            catalogue: catalogue, importedAt: time, importedBy: user, findings: findings)
    }
}

extension AgreementRecord {
    /// The longest note or reason kept with a decision (characters).
    public static let maximumTextLength = 4_000

    /// The record with `change` applied by `actor` at `time`, or why the change does not fit.
    ///
    /// A clause is named by its id (`C5`, any case). A request for an amendment needs a note and
    /// a waiver a reason. Confirming a clause the detector did not find present needs a note that
    /// says where the agreement carries it, so the confirmation explains itself.
    public func applying(_ change: AgreementChange, actor: Actor, at time: String)
        throws(AgreementChangeError) -> AgreementRecord
    {
        var record = self
        switch change {
        case .addVersion(let imported):
            record.versions.append(imported.version(versions.count + 1, by: actor.user, at: time))
        case .decide(let clauseID, let kind, let text):
            let known = current.findings.map(\.clause)
            guard
                let finding = current.findings.first(where: {
                    $0.clause.uppercased() == clauseID.uppercased()
                })
            else {
                throw .unknownClause(
                    clauseID, suggestion: Suggestion.closest(to: clauseID, among: known), known: known)
            }
            let text = text?.trimmingCharacters(in: .whitespacesAndNewlines)
            let given = (text?.isEmpty ?? true) ? nil : text
            switch kind {
            case .amendmentRequested where given == nil:
                throw .missing(kind, clause: finding.clause)
            case .waived where given == nil:
                throw .missing(kind, clause: finding.clause)
            case .confirmed where given == nil && finding.status != .present:
                throw .confirmationNeedsNote(
                    clause: finding.clause, status: finding.status, version: current.number)
            default: break
            }
            if let given, given.count > Self.maximumTextLength {
                throw .tooLong(kind, limit: Self.maximumTextLength)
            }
            record.decisions.append(
                ClauseDecision(
                    clause: finding.clause, version: current.number, kind: kind, text: given,
                    user: actor.user, role: actor.role, at: time))
        }
        return record
    }
}

extension AgreementChange {
    /// The agreement workflow's event that carries the change: `import_version`, `confirm`,
    /// `amend` or `waive`.
    public var event: String {
        switch self {
        case .addVersion: "import_version"
        case .decide(_, .confirmed, _): "confirm"
        case .decide(_, .amendmentRequested, _): "amend"
        case .decide(_, .waived, _): "waive"
        }
    }
}
