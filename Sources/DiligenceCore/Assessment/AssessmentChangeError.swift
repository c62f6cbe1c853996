/// Why a change does not fit an assessment's questionnaire. Nothing is written for it.
public enum AssessmentChangeError: Error, Hashable, Sendable {
    /// No such question in the questionnaire.
    case unknownQuestion(String, suggestion: String?)
    /// No such standard in the questionnaire.
    case unknownStandard(String, suggestion: String?)
    /// The question is asked only when an earlier question has a given answer, and it has not
    /// (`current` is that question's answer, `nil` when it has none).
    case questionNotAsked(String, condition: QuestionCondition, current: String?)
    /// The answer is not one the question takes.
    case badAnswer(String, String, expected: String)
    /// The evidence type is not one of the standard's.
    case unknownEvidenceType(String, standard: String, known: [String])
    /// The evidence type needs a description of the document.
    case evidenceDescriptionRequired(String, label: String)
    /// The rating does not fit the scoring model.
    case badRating(RatingError)
    /// No such plan item.
    case unknownPlanItem(String, known: [String])
    /// The plan item is already completed.
    case planItemAlreadyDone(String)
    /// Something required is empty.
    case missing(String)
    /// A text is longer than allowed.
    case tooLong(String, limit: Int)

    /// What is wrong, for the person at the terminal.
    public var explanation: String {
        switch self {
        case .unknownQuestion(let id, let suggestion):
            "\"\(id)\" is not a question of this questionnaire"
                + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .unknownStandard(let id, let suggestion):
            "\"\(id)\" is not a core standard of this questionnaire"
                + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .questionNotAsked(let question, let condition, let current):
            "\(question) is asked only when \(condition.phrase); "
                + (current.map { "it is answered \($0)" } ?? "\(condition.question) has no answer yet")
        case .badAnswer(let question, let value, let expected):
            "\"\(value)\" is not an answer to \(question); it takes \(expected)"
        case .unknownEvidenceType(let type, let standard, let known):
            "\"\(type)\" is not an evidence type of the standard \(standard); it takes "
                + known.joined(separator: ", ")
        case .evidenceDescriptionRequired(let type, let label):
            "the evidence type \(type) (\(label)) needs a description of the document"
        case .badRating(let error):
            "\(error)"
        case .unknownPlanItem(let id, let known):
            "the plan has no item \(id)"
                + (known.isEmpty
                    ? "; it has no items yet" : "; its items are " + known.joined(separator: ", "))
        case .planItemAlreadyDone(let id):
            "plan item \(id) is already completed"
        case .missing(let what):
            "\(what) is empty"
        case .tooLong(let what, let limit):
            "\(what) is longer than \(limit) characters"
        }
    }
}
