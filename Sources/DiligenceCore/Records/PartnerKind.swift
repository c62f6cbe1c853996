/// The implementing partner itself and its lifecycle (`Workflows/partner-lifecycle.yaml`).
public enum PartnerKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "partner", idPrefix: "P", neededFor: "the partner lifecycle",
        names: [confirmTraining])

    /// The event that confirms the partner's personnel are trained: whether it was ever sent is
    /// one of the partner's facts.
    public static let confirmTraining = WorkflowName.event(
        "confirm_training", readFor: "whether a partner's training was ever confirmed")
    /// The partner's capacity, from its latest determination: shown in the portfolio and the demo.
    /// Not required of a partner workflow (one without it shows no capacity); a workflow that
    /// declares a field under another name is refused by the facts check, with its place.
    public static let capacityLevel = WorkflowName.field(
        "capacity_level", readFor: "showing a partner's capacity in the portfolio")
}
