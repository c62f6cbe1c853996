/// A kind of record diligence runs (a partner, an assessment, an agreement, ...): what it is
/// called (the `subject:` of the workflow that runs it), the prefix of its ids, what it is needed
/// for, and the names of its workflow that Swift reads back out (``WorkflowName``). A complete
/// definition set has a workflow for every kind, and that workflow has every name
/// (``DefinitionSet/requireComplete(workflowsFolder:assessmentsFolder:)``).
public struct RecordKind: Hashable, Sendable, CustomStringConvertible {
    /// The `subject:` of the workflow that runs the records, and the `kind` of their rows.
    public let subject: String
    /// The prefix of the records' ids (`A` for `A-0001`).
    public let idPrefix: String
    /// What the records are needed for, in a programme team's words.
    public let neededFor: String
    /// The names of the workflow that Swift reads.
    public let names: [WorkflowName]

    /// Creates a record kind.
    public init(subject: String, idPrefix: String, neededFor: String, names: [WorkflowName]) {
        self.subject = subject
        self.idPrefix = idPrefix
        self.neededFor = neededFor
        self.names = names
    }

    /// The subject.
    public var description: String { subject }

    /// Every kind diligence runs.
    public static let all: [RecordKind] = [
        PartnerKind.kind, AssessmentKind.kind, CapacityStatusKind.kind, AgreementKind.kind, FlagKind.kind,
        TrainingKind.kind, AllegationKind.kind,
    ]

    /// The kind whose workflow subject is `subject`.
    public static func named(_ subject: String) -> RecordKind? {
        all.first { $0.subject == subject }
    }
}
