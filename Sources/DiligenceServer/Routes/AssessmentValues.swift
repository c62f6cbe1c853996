import DiligenceApp
import DiligenceCore

/// The words of an assessment's answers, ratings and progress on its pages.
enum AssessmentWords {
    /// An answer's value as the partner chose it (`yes` as "Yes", a level as its label).
    static func value(_ answer: Answer?, question: Question, questionnaire: Questionnaire) -> String {
        guard let answer else { return "Not provided" }
        return label(answer.value, type: question.answer, questionnaire: questionnaire)
    }

    /// The label of a value of an answer type.
    static func label(_ value: String, type: AnswerType, questionnaire: Questionnaire) -> String {
        switch type {
        case .yesNo: value == "yes" ? "Yes" : value == "no" ? "No" : value
        case .metOrNotMet: value == "met" ? "Met" : value == "not_met" ? "Not met" : value
        case .rating(let scale): questionnaire.scale(scale)?.level(value)?.label ?? value
        case .text, .date: value
        }
    }

    /// The choices of a question answered by choosing (`nil` for text and dates).
    static func choices(_ type: AnswerType, questionnaire: Questionnaire) -> [(value: String, label: String)]?
    {
        switch type {
        case .yesNo: [("yes", "Yes"), ("no", "No")]
        case .metOrNotMet: [("met", "Met"), ("not_met", "Not met")]
        case .rating(let scale): questionnaire.scale(scale)?.levels.map { ($0.id, $0.label) } ?? []
        case .text, .date: nil
        }
    }

    /// The ratings the UN reviewer chooses from under the questionnaire's scoring model.
    static func ratings(_ questionnaire: Questionnaire) -> [(value: String, label: String)] {
        switch questionnaire.scoring {
        case .countOfMet: [("met", "Met"), ("not_met", "Not met")]
        case .weightedSum(let model): questionnaire.scale(model.scale)?.levels.map { ($0.id, $0.label) } ?? []
        }
    }

    /// A rating's label.
    static func rating(_ rating: StandardRating?, questionnaire: Questionnaire) -> String {
        guard let rating else { return "Not rated yet" }
        return ratings(questionnaire).first { $0.value == rating.name }?.label ?? rating.name
    }

    /// A standard's progress as a tag: words and colour.
    static func progress(_ progress: AssessmentPage.Progress) -> (label: String, colour: String) {
        switch progress {
        case .notStarted: ("Not yet started", "blue")
        case .inProgress: ("In progress", "light-blue")
        case .completed: ("Completed", "green")
        }
    }

    /// Why a question was not asked: "Not asked: only when “Has the organization ever received an
    /// allegation…?” is answered Yes".
    static func notAsked(_ condition: QuestionCondition, questionnaire: Questionnaire) -> String {
        guard let earlier = questionnaire.question(condition.question) else {
            return "Not asked: only when \(condition.phrase)"
        }
        let answers = condition.answers.map { label($0, type: earlier.answer, questionnaire: questionnaire) }
        return "Not asked: only when \u{201C}\(earlier.text)\u{201D} is answered "
            + answers.joined(separator: " or ")
    }

    /// The preliminary and final determinations and the country-level reason, as label and value
    /// lines of a summary.
    static func determinations(_ record: AssessmentRecord) -> [[String: String]] {
        var lines: [[String: String]] = []
        if let preliminary = record.preliminary {
            lines.append([
                "label": "Preliminary determination",
                "value": "\(sentence(preliminary.capacity.phrase)) (\(preliminary.capacity.risk.phrase)) on "
                    + "\(preliminary.on); plan due \(preliminary.periodEndsOn)",
            ])
        }
        if let final = record.final {
            lines.append([
                "label": "Final determination",
                "value": "\(sentence(final.capacity.phrase)) (\(final.capacity.risk.phrase)) on \(final.on); "
                    + "no longer valid from \(final.periodEndsOn)",
            ])
        }
        if let reason = record.countryLevelReason {
            lines.append([
                "label": "Assessed at country level",
                "value": "An international NGO assessed at country level: \(reason.phrase)",
            ])
        }
        return lines
    }

    private static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// Evidence references in one line.
    static func evidence(_ references: [EvidenceReference], standard: CoreStandard) -> String {
        references.map { reference in
            let label = standard.evidence.first { $0.id == reference.type }?.label ?? reference.type
            return reference.description.map { "\(label): \($0)" } ?? label
        }.joined(separator: "; ")
    }
}
