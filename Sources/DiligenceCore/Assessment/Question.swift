/// One question the partner answers under a core standard.
public struct Question: Hashable, Sendable {
    /// The question's id, unique in its questionnaire (`policy.code_of_conduct`).
    public var id: String
    /// The question as the partner reads it.
    public var text: String
    /// The kind of answer it takes.
    public var answer: AnswerType
    /// Whether the self-assessment needs an answer to it before it is submitted (while it is
    /// asked: see ``shownWhen``).
    public var isRequired: Bool
    /// When it is asked; `nil` for a question always asked.
    public var shownWhen: QuestionCondition?
    /// Where the question is declared.
    public var location: SourceLocation
}
