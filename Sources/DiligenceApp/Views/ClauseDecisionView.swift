public import DiligenceCore

/// Procurement's decision on a clause of one version of an agreement: confirmed, an amendment
/// requested or waived, by whom and when.
public struct ClauseDecisionView: Sendable, Hashable, Codable {
    /// The clause (`C5`).
    public var clause: String
    /// The version it was taken on.
    public var version: Int
    /// `confirmed`, `amendment_requested` or `waived`.
    public var kind: String
    /// The amendment asked for or the reason for a waiver; `null` for a confirmation.
    @Nullable public var text: String?
    /// Who decided, in which role.
    public var user: String, role: String
    /// When, as the record keeps it.
    public var at: String

    /// The view of a decision.
    public init(_ decision: ClauseDecision) {
        clause = decision.clause
        version = decision.version
        kind = decision.kind.rawValue
        text = decision.text
        (user, role, at) = (decision.user, decision.role, decision.at)
    }
}
