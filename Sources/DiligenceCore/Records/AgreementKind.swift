/// Partner agreements and their PSEA clauses (`Workflows/agreement-review.yaml`).
public enum AgreementKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "agreement", idPrefix: "AG", neededFor: "partner agreements and their PSEA clauses",
        names: [
            cleared, partnerOpenRedFlags, imported, underReview, amendmentRequested, startReview, clear,
            importVersion, confirm, amend, waive,
        ])

    /// Whether the agreement was cleared: the partner's `agreement_cleared` fact.
    public static let cleared = WorkflowName.field(
        "cleared", readFor: "whether a partner's agreement is cleared")
    /// The partner's open red flags, a guard on clearing: a refusal that names it is told as the
    /// red flag in the way.
    public static let partnerOpenRedFlags = WorkflowName.field(
        "partner_open_red_flags", readFor: "telling that a red flag stops an agreement being cleared")
    /// An agreement imported whose review has not started: it waits on procurement to start it.
    public static let imported = WorkflowName.state(
        "imported", readFor: "the agreements waiting for their review to start")
    /// An agreement whose clauses are being decided: it waits on their decisions, then clearing.
    public static let underReview = WorkflowName.state(
        "under_review", readFor: "the agreements waiting for clause decisions or clearing")
    /// An agreement whose partner is to send an amended version: it waits on that version.
    public static let amendmentRequested = WorkflowName.state(
        "amendment_requested", readFor: "the agreements waiting for an amended version")
    /// Procurement starts the review of an imported agreement.
    public static let startReview = WorkflowName.event(
        "start_review", readFor: "starting an agreement's review")
    /// Procurement clears an agreement once every mandatory clause is settled.
    public static let clear = WorkflowName.event("clear", readFor: "clearing an agreement")
    /// A new (amended) version of the agreement is imported.
    public static let importVersion = WorkflowName.event(
        "import_version", readFor: "importing an amended version of an agreement")
    /// A clause is confirmed in the agreement.
    public static let confirm = WorkflowName.event("confirm", readFor: "confirming an agreement's clause")
    /// An amendment is requested for a clause.
    public static let amend = WorkflowName.event("amend", readFor: "requesting an amendment of a clause")
    /// A clause is waived for the agreement.
    public static let waive = WorkflowName.event("waive", readFor: "waiving an agreement's clause")

    /// The events that decide a clause.
    public static let clauseDecisions: Set<String> = [confirm.name, amend.name, waive.name]
}
