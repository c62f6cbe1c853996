/// Training confirmation: the partner's personnel and their PSEA training
/// (`Workflows/partner-training.yaml`).
public enum TrainingKind {
    /// The kind.
    public static let kind = RecordKind(
        subject: "training", idPrefix: "T", neededFor: "training confirmation",
        names: [recordPersonnel, recordTraining, importAttendance])

    /// The personnel in scope of a category are recorded.
    public static let recordPersonnel = WorkflowName.event(
        "record_personnel", readFor: "recording the personnel in scope")
    /// A training session is recorded.
    public static let recordTraining = WorkflowName.event(
        "record_training", readFor: "recording a training session")
    /// An attendance sheet is imported.
    public static let importAttendance = WorkflowName.event(
        "import_attendance", readFor: "importing an attendance sheet")

    /// The events that change the training record itself: only the record's own commands send them.
    public static let recordEvents: Set<String> = [
        recordPersonnel.name, recordTraining.name, importAttendance.name,
    ]
}
