/// Which questions are asked, given the answers so far: a question with a condition
/// (``Question/shownWhen``) is asked only while the earlier question it names is asked and
/// answered with one of the condition's answers.
extension Questionnaire {
    /// The ids of the questions asked given `answers`, each question decided in questionnaire order
    /// (a condition always names an earlier question, so one pass decides them all).
    public func askedQuestionIDs(answers: [String: Answer]) -> Set<String> {
        var asked: Set<String> = []
        for question in standards.flatMap(\.questions) {
            guard let condition = question.shownWhen else {
                asked.insert(question.id)
                continue
            }
            if asked.contains(condition.question),
                let value = answers[condition.question]?.value, condition.answers.contains(value)
            {
                asked.insert(question.id)
            }
        }
        return asked
    }

    /// Whether `question` is asked given `answers`.
    public func isAsked(_ question: Question, answers: [String: Answer]) -> Bool {
        question.shownWhen == nil || askedQuestionIDs(answers: answers).contains(question.id)
    }

    /// The required questions asked given `answers` that have no answer: what holds back the
    /// self-assessment.
    public func unansweredRequired(answers: [String: Answer]) -> [Question] {
        let asked = askedQuestionIDs(answers: answers)
        return standards.flatMap(\.questions).filter {
            $0.isRequired && asked.contains($0.id) && answers[$0.id] == nil
        }
    }

    /// `answers` in the order of the questionnaire's questions (answers to questions it does not
    /// have last, by id), so that an answer that shows a question comes before that question's.
    public func inQuestionOrder(_ answers: [String: Answer]) -> [(question: String, answer: Answer)] {
        let position = Dictionary(
            questionIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return answers.sorted { left, right in
            let (a, b) = (position[left.key] ?? Int.max, position[right.key] ?? Int.max)
            return a != b ? a < b : left.key < right.key
        }.map { (question: $0.key, answer: $0.value) }
    }
}
