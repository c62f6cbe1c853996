import ArgumentParser
import DiligenceCore

/// `diligence assessment answer ID QUESTION --value V [--evidence TYPE[:description] ...] [--comment TEXT]`.
struct AnswerAssessment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "Answer a question of the self-assessment, as the partner (event answer).")

    @OptionGroup var assessment: AssessmentChangeOptions

    @Argument(help: "The question's id, such as policy.exists.")
    var question: String

    @Option(
        help: ArgumentHelp(
            "The answer: yes/no, met/not_met, a scale level, a date or text.", valueName: "value"))
    var value: String

    @Option(
        help: ArgumentHelp(
            "Evidence supporting the answer, an evidence type of the standard with an optional description (repeatable).",
            valueName: "type[:description]"))
    var evidence: [String] = []

    @Option(help: ArgumentHelp("The partner's comment.", valueName: "text"))
    var comment: String?

    func run() async throws {
        let references = evidence.map { text -> EvidenceReference in
            guard let colon = text.firstIndex(of: ":") else { return EvidenceReference(type: text) }
            return EvidenceReference(
                type: String(text[..<colon]), description: String(text[text.index(after: colon)...]))
        }
        try await assessment.send(
            event: "answer",
            change: .answer(
                question: question, answer: Answer(value: value, evidence: references, comment: comment)))
    }
}
