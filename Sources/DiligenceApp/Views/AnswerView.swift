public import DiligenceCore

/// A partner's answer to one question, as `assessment show` writes it: the value, the evidence it
/// points to (a description only where one was given) and the comment, when there is one.
public struct AnswerView: Sendable, Hashable, Codable {
    /// A document supporting the answer.
    public struct Evidence: Sendable, Hashable, Codable {
        /// The evidence type's id (`code_of_conduct`).
        public var type: String
        /// What the document is or where to find it, when given.
        public var description: String?
    }

    /// The answer as written.
    public var value: String
    /// The documents supporting it.
    public var evidence: [Evidence]
    /// The partner's comment, when there is one.
    public var comment: String?

    /// The view of an answer.
    public init(_ answer: Answer) {
        value = answer.value
        evidence = answer.evidence.map { Evidence(type: $0.type, description: $0.description) }
        comment = answer.comment
    }
}
