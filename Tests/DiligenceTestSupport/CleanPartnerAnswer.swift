public import DiligenceCore

extension QuestionnaireFixtures {
    /// What a partner with no past allegations and everything in place answers to `question`:
    /// "no" to `investigations.past_allegations`, "yes" to every other yes/no question, met, a
    /// date in 2025, `text` and the highest rating.
    public static func cleanAnswer(to question: Question, of questionnaire: Questionnaire, text: String)
        -> String
    {
        switch question.answer {
        case .yesNo: question.id == "investigations.past_allegations" ? "no" : "yes"
        case .metOrNotMet: "met"
        case .date: "2025-06-30"
        case .text: text
        case .rating(let scale): questionnaire.scale(scale)?.levels.last?.id ?? ""
        }
    }
}
