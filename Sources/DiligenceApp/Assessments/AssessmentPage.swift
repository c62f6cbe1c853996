public import DiligenceCore
public import DiligenceStore

/// Everything an assessment's pages show, as the acting account may see it: the partner's
/// answers, the UN's ratings, the score they would give, the plan, and what the account may do.
public struct AssessmentPage: Sendable {
    /// The assessment's id.
    public var id: String
    /// The partner assessed.
    public var partner: PartnerRecord
    /// The record: answers, ratings, plan, determinations.
    public var record: AssessmentRecord
    /// The questionnaire it is pinned to (the text kept when it started, for an earlier version).
    public var questionnaire: Questionnaire
    /// The questionnaire the installation loads now, when the assessment is pinned to another
    /// version of it (`nil` when it is pinned to the loaded one). Such an assessment is shown, not
    /// changed: nothing is allowed on it here.
    public var installed: Questionnaire?
    /// Its workflow.
    public var workflow: WorkflowDefinition?
    /// Where it stands.
    public var standing: [String]
    /// The questions asked now (a question shown only after a given answer counts once asked).
    public var asked: Set<String>
    /// What the ratings would determine now.
    public var outcome: ScoringOutcome?
    /// The events the account may send now that have a form of their own (answer, rate, plan
    /// items) are ``may(_:)``; the others are here, with the data each needs.
    public var actions: [WorkflowDefinition.AvailableEvent]
    /// Events the assessment accepts now that other roles send.
    public var othersActions: [WorkflowDefinition.AvailableEvent]
    /// Every event the account's role may send now.
    public var allowed: Set<String>
    /// The day the clock reads, for overdue plan items.
    public var today: LocalDate
    /// Whether the account may answer now, and what it is shown when it may not.
    public var answering: AnswerAccess

    /// Whether the account may send `event` now.
    public func may(_ event: String) -> Bool { allowed.contains(event) }

    /// The events with a form of their own on the assessment's pages.
    public static let formEvents: Set<String> = AssessmentKind.recordEvents

    /// How far the partner got with one standard.
    public enum Progress: String, Sendable {
        case notStarted = "not_started"
        case inProgress = "in_progress"
        case completed
    }

    /// The progress of `standard`: completed when every asked question is answered.
    public func progress(of standard: CoreStandard) -> Progress {
        let questions = standard.questions.filter { asked.contains($0.id) }
        let answered = questions.filter { record.answers[$0.id] != nil }.count
        if answered == 0 { return .notStarted }
        return answered == questions.count ? .completed : .inProgress
    }
}
