/// One PSEA core standard: what must exist, where the UN Protocol asks for it, the questions the
/// partner answers and the evidence that may support them.
public struct CoreStandard: Hashable, Sendable {
    /// The standard's id, unique in its questionnaire (`policy`).
    public var id: String
    /// A short title ("Organizational policy").
    public var title: String
    /// What the partner must have in place for the standard to be met.
    public var requirement: String
    /// The paragraph of the UN Protocol on allegations involving implementing partners it
    /// rests on.
    public var protocolReference: String
    /// The questions, in order.
    public var questions: [Question]
    /// The kinds of evidence that may support the answers, in order.
    public var evidence: [EvidenceType]
    /// Where the standard is declared.
    public var location: SourceLocation

    /// Creates a standard.
    public init(
        id: String, title: String, requirement: String, protocolReference: String, questions: [Question],
        evidence: [EvidenceType], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.requirement = requirement
        self.protocolReference = protocolReference
        self.questions = questions
        self.evidence = evidence
        self.location = location
    }
}
