/// Partner agreements and their PSEA clauses (`Workflows/agreement-review.yaml`).
public enum AgreementKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "agreement", idPrefix: "AG", neededFor: "partner agreements and their PSEA clauses",
        names: [cleared, partnerOpenRedFlags])

    /// Whether the agreement was cleared: the partner's `agreement_cleared` fact.
    public static let cleared = WorkflowName.field(
        "cleared", readFor: "whether a partner's agreement is cleared")
    /// The partner's open red flags, a guard on clearing: a refusal that names it is told as the
    /// red flag in the way.
    public static let partnerOpenRedFlags = WorkflowName.field(
        "partner_open_red_flags", readFor: "telling that a red flag stops an agreement being cleared")
}
