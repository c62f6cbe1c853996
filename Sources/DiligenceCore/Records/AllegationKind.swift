/// Allegations of sexual exploitation and abuse (`Workflows/allegation-case.yaml`).
public enum AllegationKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "allegation", idPrefix: "G",
        neededFor: "allegations of sexual exploitation and abuse",
        names: [
            caseRegion, closed, outcome, reportedLate, reportedOn, reportWithin, reportDueOn, consentOn,
            consentGiven, consentWithdrawn, assist,
        ])

    /// The region whose active state is the case's status.
    public static let caseRegion = WorkflowName.state("case", readFor: "the status of a case")
    /// The state that ends the case region: a case in it is no longer open.
    public static let closed = WorkflowName.state("closed", readFor: "whether a case is still open")
    /// The outcome of the investigation; `substantiated` counts in the figures.
    public static let outcome = WorkflowName.field(
        "outcome", value: "substantiated", readFor: "the substantiated cases of the figures")
    /// Whether the partner reported the case late.
    public static let reportedLate = WorkflowName.field(
        "reported_late", readFor: "the cases the partner reported late")
    /// The day the partner reported the case.
    public static let reportedOn = WorkflowName.field("reported_on", readFor: "the cases reported on time")
    /// How long the partner has to report a case (its default is the rule).
    public static let reportWithin = WorkflowName.field(
        "report_within", readFor: "the partner's report deadline")
    /// The day the partner's report is due, given to the workflow at the case's start.
    public static let reportDueOn = WorkflowName.field(
        "report_due_on", readFor: "the partner's report deadline")
    /// The day consent was last given or withdrawn.
    public static let consentOn = WorkflowName.field(
        "consent_on", readFor: "keeping consent and assistance in their order")
    /// The event that records consent given.
    public static let consentGiven = WorkflowName.event("consent_given", readFor: "recording consent")
    /// The event that withdraws consent.
    public static let consentWithdrawn = WorkflowName.event(
        "consent_withdrawn", readFor: "keeping a withdrawal after the consent it withdraws")
    /// The event that records assistance (sent only with its sealed entry).
    public static let assist = WorkflowName.event("assist", readFor: "recording assistance")
}
