import DiligenceCore

/// The events of a record's workflow that change the record itself (an answer, a rating, a
/// training session, a plan item): each carries its change in the log, so only the record's own
/// command can send it. Sent bare, such an event is refused (``StoreError/recordCommandRequired``):
/// the log row would carry no change and `audit verify` could not replay it.
enum RecordCommands {
    /// Refuses `event` on the record `subject` of `kind` when it changes the record; a workflow
    /// event with no change to the record passes.
    static func check(event: String, subject: String, kind: String?, db: any StoreConnection) throws {
        switch kind {
        case AssessmentRows.kind where AssessmentKind.recordEvents.contains(event):
            throw StoreError.recordCommandRequired(
                subject: subject, event: event, kind: AssessmentRows.kind, partner: nil)
        case TrainingRows.kind where TrainingKind.recordEvents.contains(event):
            let partner = try TrainingRows.record(subject, db: db)?.partner
            throw StoreError.recordCommandRequired(
                subject: subject, event: event, kind: TrainingRows.kind, partner: partner)
        default:
            return
        }
    }
}
