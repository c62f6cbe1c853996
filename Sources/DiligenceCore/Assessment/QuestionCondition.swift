/// When a question is asked: only once an earlier question of the questionnaire has one of some
/// answers (`shown_when: {question: investigations.past_allegations, answer: "yes"}`). Until then the
/// question is hidden: it cannot be answered and, even when `required`, it does not hold back the
/// self-assessment.
public struct QuestionCondition: Hashable, Sendable {
    /// The earlier question whose answer decides.
    public var question: String
    /// The answers of that question that show this one (`yes`, `met`, levels of a scale).
    public var answers: [String]
    /// Where the condition is written.
    public var location: SourceLocation

    /// Creates a condition.
    public init(question: String, answers: [String], location: SourceLocation) {
        self.question = question
        self.answers = answers
        self.location = location
    }

    /// "investigations.past_allegations is answered yes" (or "yes or no"), for messages.
    public var phrase: String {
        "\(question) is answered " + answers.joined(separator: " or ")
    }
}
