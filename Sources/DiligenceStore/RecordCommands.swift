import GRDB

/// The events of a record's workflow that change the record itself (an answer, a rating, a
/// training session, a plan item): each carries its change in the log, so only the record's own
/// command can send it. Sent bare, such an event is refused (``StoreError/recordCommandRequired``):
/// the log row would carry no change and `audit verify` could not replay it.
enum RecordCommands {
    /// Refuses `event` on the record `subject` of `kind` when it changes the record; a workflow
    /// event with no change to the record passes.
    static func check(event: String, subject: String, kind: String?, db: Database) throws {
        switch kind {
        case AssessmentRows.kind where assessment.contains(event):
            throw StoreError.recordCommandRequired(
                subject: subject, event: event, kind: AssessmentRows.kind, partner: nil)
        case TrainingRows.kind where training.contains(event):
            let partner = try TrainingRows.record(subject, db: db)?.partner
            throw StoreError.recordCommandRequired(
                subject: subject, event: event, kind: TrainingRows.kind, partner: partner)
        default:
            return
        }
    }

    /// An assessment's events that change its record.
    private static let assessment: Set<String> = ["answer", "rate", "add_plan_item", "complete_plan_item"]

    /// A training record's events: each changes it.
    private static let training: Set<String> = ["record_personnel", "record_training", "import_attendance"]
}
