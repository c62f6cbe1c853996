import ArgumentParser
import DiligenceCore

/// `diligence assessment review ID STANDARD --rating R [--note TEXT]`.
struct ReviewAssessment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Rate a core standard as the UN reviewer (event rate).")

    @OptionGroup var assessment: AssessmentChangeOptions

    @Argument(help: "The core standard's id, such as policy.")
    var standard: String

    @Option(
        help: ArgumentHelp("met or not_met, or a level of the questionnaire's scale.", valueName: "rating"))
    var rating: String

    @Option(help: ArgumentHelp("Why (for example where you disagree with the partner).", valueName: "text"))
    var note: String?

    func run() async throws {
        try await assessment.send(
            event: "rate", change: .rate(standard: standard, rating: rating, note: note))
    }
}
