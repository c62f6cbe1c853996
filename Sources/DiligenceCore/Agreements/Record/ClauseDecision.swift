/// Procurement's decision on one clause of one version of an agreement.
public struct ClauseDecision: Hashable, Sendable {
    /// The clause (`C5`).
    public var clause: String
    /// The version it was made on.
    public var version: Int
    /// Confirmed, amendment requested or waived.
    public var kind: ClauseDecisionKind
    /// The note (amendment; confirmation of a clause the detector did not find) or the reason
    /// (waiver).
    public var text: String?
    /// Who decided.
    public var user: String
    /// The role they decided in.
    public var role: String
    /// When, as the store writes instants.
    public var at: String

    /// True when the decision settles a mandatory clause (confirmed or waived).
    public var resolves: Bool { kind != .amendmentRequested }
}

/// What procurement decided about a clause.
public enum ClauseDecisionKind: String, Hashable, Sendable, CaseIterable {
    /// The clause is in the agreement, as the reviewer read it.
    case confirmed
    /// The partner must amend the agreement for this clause (the note says how).
    case amendmentRequested = "amendment_requested"
    /// The clause is not required of this agreement (a role with that authority, with a reason).
    case waived

    /// The words shown in tables ("confirmed", "amendment requested", "waived").
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
