public import DiligenceCore

/// An agreement as read commands see it: its record and its place in the workflow.
public struct AgreementEntry: Sendable {
    /// `AG-0001`.
    public var id: String
    /// The versions, findings and decisions.
    public var record: AgreementRecord
    /// Its workflow instance's snapshot row.
    public var instance: InstanceRecord
    /// The valid red flags on its partner now.
    public var partnerRedFlags: [PartnerRedFlag]

    /// Whether its workflow cleared its PSEA clauses.
    public var isCleared: Bool { instance.snapshot.context[AgreementKind.cleared.name] == .bool(true) }
}
