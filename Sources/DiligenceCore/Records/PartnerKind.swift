/// The implementing partner itself and its lifecycle (`Workflows/partner-lifecycle.yaml`).
public enum PartnerKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "partner", idPrefix: "P", neededFor: "the partner lifecycle", names: [confirmTraining])

    /// The event that confirms the partner's personnel are trained: whether it was ever sent is
    /// one of the partner's facts.
    public static let confirmTraining = WorkflowName.event(
        "confirm_training", readFor: "whether a partner's training was ever confirmed")
}
