public import DiligenceStore

/// An agreement's version as `agreement import` writes it once recorded: the agreement, the
/// version and what the detector found for each clause (no decision yet).
public struct AgreementImportView: Sendable, Hashable, Codable {
    /// `AG-0001`.
    public var id: String
    /// The partner's id.
    public var partner: String
    /// The version imported.
    public var version: AgreementVersionView
    /// Its clauses.
    public var clauses: [ClauseFindingView]

    /// The view of the agreement's current version, as just imported.
    public init(_ entry: AgreementEntry) {
        let current = entry.record.current
        id = entry.id
        partner = entry.record.partner
        version = AgreementVersionView(current)
        clauses = current.findings.map { ClauseFindingView($0, decision: nil) }
    }
}
