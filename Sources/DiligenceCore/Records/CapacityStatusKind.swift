/// Capacity statuses recorded without an assessment (`Workflows/capacity-status.yaml`).
public enum CapacityStatusKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "capacity_status", idPrefix: "CS",
        neededFor: "capacity statuses recorded without an assessment",
        names: [assessmentDueWithin, superseded, supersede])

    /// How long the partner has until a full assessment is due, given to the workflow at its start.
    public static let assessmentDueWithin = WorkflowName.field(
        "assessment_due_within", readFor: "when a full assessment falls due")
    /// The state of a status a newer one replaced: a status in it is no longer current.
    public static let superseded = WorkflowName.state(
        "superseded", readFor: "whether a capacity status is still current")
    /// Sent when a newer status or a determination of capacity replaces the status.
    public static let supersede = WorkflowName.event(
        "supersede", readFor: "replacing a capacity status with a newer one")
}
