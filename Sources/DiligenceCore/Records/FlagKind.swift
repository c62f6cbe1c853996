/// Risk flags, including those the risk rules raise (`Workflows/risk-flag.yaml`).
public enum FlagKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "flag", idPrefix: "F", neededFor: "risk flags, including those the risk rules raise",
        names: ladder + [
            raise, raiseRed, clear, category, level, reason, raisedByRule, note, justification, resolution,
            escalations,
        ]
            + decisions.map { WorkflowName.event($0, readFor: "a decision on a flag") })

    /// The states of the flag's ladder, the most severe first: a flag's level is the first of them
    /// that is active.
    public static let ladder: [WorkflowName] = [
        red, .state("escalated", readFor: "a flag sent to headquarters"),
        .state("yellow", readFor: "a flag's level"), .state("observation", readFor: "a flag's level"),
        invalidated, resolved, raising,
    ]
    /// A red flag: the partner is locked.
    public static let red = WorkflowName.state("red", readFor: "whether a partner has an open red flag")
    /// A flag raised in error.
    public static let invalidated = WorkflowName.state("invalidated", readFor: "whether a flag is still open")
    /// A flag whose risk was addressed.
    public static let resolved = WorkflowName.state("resolved", readFor: "whether a flag is still open")
    /// A flag being raised (before its first level is set).
    public static let raising = WorkflowName.state("raising", readFor: "a flag that has no level yet")

    /// A person or a risk rule raises the flag, with its category, level and reason.
    public static let raise = WorkflowName.event("raise", readFor: "raising a flag")
    /// A person raises the flag red at once (headquarters only).
    public static let raiseRed = WorkflowName.event("raise_red", readFor: "raising a red flag")
    /// A risk rule clears the flag it raised once its condition no longer holds.
    public static let clear = WorkflowName.event("clear", readFor: "a risk rule clearing its own flag")

    /// What the flag is about.
    public static let category = WorkflowName.field("category", readFor: "a flag's category")
    /// The level it was raised at.
    public static let level = WorkflowName.field("level", readFor: "the level a flag was raised at")
    /// Why it was raised.
    public static let reason = WorkflowName.field("reason", readFor: "why a flag was raised")
    /// The risk rule that raised it, when a rule did.
    public static let raisedByRule = WorkflowName.field(
        "raised_by_rule", readFor: "the risk rule that raised a flag")
    /// The note of an escalation, a confirmation, a deferral or an upgrade.
    public static let note = WorkflowName.field("note", readFor: "the note of a decision on a flag")
    /// Why a flag was invalidated.
    public static let justification = WorkflowName.field(
        "justification", readFor: "why a flag was invalidated")
    /// How many times the flag was escalated: a flag escalates once.
    public static let escalations = WorkflowName.field("escalations", readFor: "escalating a flag once only")
    /// How the risk was addressed.
    public static let resolution = WorkflowName.field(
        "resolution", readFor: "how a flag's risk was addressed")

    /// The events of the decisions on a flag (``FlagDecision`` in the store).
    public static let decisions = ["escalate", "confirm", "defer", "invalidate", "resolve", "upgrade"]
}
