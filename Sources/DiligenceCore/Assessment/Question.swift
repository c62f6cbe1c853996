/// One question the partner answers under a core standard.
public struct Question: Hashable, Sendable {
    /// The question's id, unique in its questionnaire (`policy.code_of_conduct`).
    public var id: String
    /// The question as the partner reads it.
    public var text: String
    /// The kind of answer it takes.
    public var answer: AnswerType
    /// Whether the self-assessment may be submitted without an answer to it.
    public var isRequired: Bool
    /// Where the question is declared.
    public var location: SourceLocation

    /// Creates a question.
    public init(id: String, text: String, answer: AnswerType, isRequired: Bool, location: SourceLocation) {
        self.id = id
        self.text = text
        self.answer = answer
        self.isRequired = isRequired
        self.location = location
    }
}
