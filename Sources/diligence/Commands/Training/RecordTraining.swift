import ArgumentParser
import DiligenceCore
import DiligenceStore

/// `diligence training record PARTNER --course C --date D --people N [--category C] [--provider P]`.
struct RecordTraining: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record one PSEA training session of the partner's personnel.")

    @OptionGroup var options: PartnerActionOptions

    @Option(help: ArgumentHelp("The course's name.", valueName: "name"))
    var course: String

    @Option(help: ArgumentHelp("The day it took place, YYYY-MM-DD.", valueName: "date"))
    var date: String

    @Option(help: ArgumentHelp("How many people attended (unnamed).", valueName: "n"))
    var people: Int?

    @Option(
        name: .customLong("person"),
        help: ArgumentHelp("A person who attended (repeatable).", valueName: "name"))
    var persons: [String] = []

    @Option(help: ArgumentHelp("The attendees' personnel category (default staff).", valueName: "category"))
    var category: String = "staff"

    @Option(
        help: ArgumentHelp(
            "Who gave the training (an organisation, the UN online course).", valueName: "name"))
    var provider: String?

    func run() async throws {
        guard let day = LocalDate(date) else {
            throw CommandFailure("--date \"\(date)\" is not a date; write it as YYYY-MM-DD", exitCode: .usage)
        }
        guard people != nil || !persons.isEmpty else {
            throw CommandFailure(
                "say who attended: --people N, or --person NAME (repeatable)", exitCode: .usage)
        }
        let category = try TrainingOptions.category(category, flag: "--category")
        let names = persons.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let provider = provider?.trimmingCharacters(in: .whitespaces)
        let record = TrainingRecord(
            course: course.trimmingCharacters(in: .whitespaces), date: day,
            provider: provider?.isEmpty == false ? provider : nil,
            attendance: [category: Attendance(unnamedCount: people ?? 0, names: names)])
        if let people, people < 1 {
            throw CommandFailure("--people \(people): a training records at least 1 person", exitCode: .usage)
        }
        try await TrainingOptions.apply(
            .trainings([record]), partner: options.partner, global: options.global, acting: options.acting)
    }
}
