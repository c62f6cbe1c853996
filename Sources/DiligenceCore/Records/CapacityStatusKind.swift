/// Capacity statuses recorded without an assessment (`Workflows/capacity-status.yaml`).
public enum CapacityStatusKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "capacity_status", idPrefix: "CS",
        neededFor: "capacity statuses recorded without an assessment", names: [assessmentDueWithin])

    /// How long the partner has until a full assessment is due, given to the workflow at its start.
    public static let assessmentDueWithin = WorkflowName.field(
        "assessment_due_within", readFor: "when a full assessment falls due")
}
