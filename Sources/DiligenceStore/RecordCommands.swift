import GRDB

/// The events of a record's workflow that change the record itself (an answer, a rating, a
/// training session, a plan item): each carries its change in the log, so only the record's own
/// command can send it. `diligence send` with such an event is refused with the command to use;
/// sent bare, the log row would carry no change and `audit verify` could not replay it.
enum RecordCommands {
    /// The command to use instead of `send` for `event` on the record `subject` of `kind`, or
    /// `nil` when `send` may carry the event (a workflow event with no change to the record).
    static func required(event: String, subject: String, kind: String?, db: Database) throws -> String? {
        switch kind {
        case AssessmentRows.kind:
            return assessment[event].map { "assessment \($0.replacingOccurrences(of: "ID", with: subject))" }
        case TrainingRows.kind:
            guard let command = training[event] else { return nil }
            let partner = try TrainingRows.record(subject, db: db)?.partner ?? "PARTNER"
            return "training " + command.replacingOccurrences(of: "PARTNER", with: partner)
        default:
            return nil
        }
    }

    /// An assessment's events that change its record, with their command.
    private static let assessment: [String: String] = [
        "answer": "answer ID QUESTION --value VALUE",
        "rate": "review ID STANDARD --rating RATING",
        "add_plan_item": "plan add ID --action TEXT --owner NAME --due DATE",
        "complete_plan_item": "plan done ID ITEM --evidence TEXT",
    ]

    /// A training record's events: each changes it.
    private static let training: [String: String] = [
        "record_personnel": "personnel PARTNER --category CATEGORY --count N",
        "record_training": "record PARTNER --course NAME --date DATE",
        "import_attendance": "import PARTNER FILE",
    ]
}
