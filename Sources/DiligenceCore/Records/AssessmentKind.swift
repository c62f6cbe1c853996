/// PSEA capacity assessments (`Workflows/psea-assessment.yaml`).
public enum AssessmentKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "assessment", idPrefix: "A", neededFor: "PSEA capacity assessments",
        names: [open, answer, rate, addPlanItem, completePlanItem, planItemOverdue, capacityLevel])

    /// The state of an assessment still under way: a partner with one has an open assessment.
    public static let open = WorkflowName.state(
        "open", readFor: "whether a partner has an assessment under way")
    /// The capacity the scoring model gives the UN ratings, shown with the assessment.
    public static let capacityLevel = WorkflowName.field(
        "capacity_level", readFor: "showing an assessment's capacity")
    /// The partner answers a question (carries the answer in the log).
    public static let answer = WorkflowName.event("answer", readFor: "the partner's answers")
    /// The UN reviewer rates a core standard (carries the rating in the log).
    public static let rate = WorkflowName.event("rate", readFor: "the UN reviewer's ratings")
    /// An action item is added to the capacity-strengthening plan.
    public static let addPlanItem = WorkflowName.event(
        "add_plan_item", readFor: "adding items to the capacity-strengthening plan")
    /// An action item of the plan is completed.
    public static let completePlanItem = WorkflowName.event(
        "complete_plan_item", readFor: "completing items of the capacity-strengthening plan")
    /// Sent by `tick` when an open action item of the plan passes its due day.
    public static let planItemOverdue = WorkflowName.event(
        "plan_item_overdue", readFor: "telling that an item of the capacity-strengthening plan is overdue")

    /// The events that change the assessment's record itself: only the record's own commands
    /// send them, with the change they carry.
    public static let recordEvents: Set<String> = [
        answer.name, rate.name, addPlanItem.name, completePlanItem.name,
    ]
}
