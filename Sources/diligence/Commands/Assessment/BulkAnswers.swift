import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceImport
import DiligenceStore
import Foundation

/// `diligence assessment answers ID FILE`.
struct BulkAnswers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answers",
        abstract: "Answer many questions of the self-assessment from a CSV or YAML file, as the partner.",
        discussion: """
            CSV: a header row with the columns question and value (required), evidence and comment \
            (optional), in any order; evidence holds references separated by ";", each TYPE or \
            TYPE:description. YAML: `answers:` with a list of {question, value, evidence, comment}, \
            evidence a list of types or of {type, description}. Every row is checked against the \
            questionnaire first; when any row is wrong, each problem is reported with its row (or \
            line:column) and nothing is recorded.
            """)

    @OptionGroup var assessment: AssessmentChangeOptions

    @Argument(help: "The answers, a .csv or .yaml file.")
    var file: String

    func run() async throws {
        let (service, actor) = try await assessment.signedIn()
        let data = try CommandFile.read(file, maxBytes: DiligenceService.answerSheetLimit) { _ in
            CLIMessages.answerSheetTooLarge
        }
        let results: [SendResult]
        do {
            results = try await service.answer(assessment.id, sheet: data, file: file, by: actor)
        } catch let error as AnswerSheetError {
            throw Self.failure(file, error)
        } catch let error as DiligenceError where error.field == .answerSheet {
            throw CommandFailure("\(file): \(CLIMessages.text(error))")
        }
        print(
            "\(assessment.id): \(results.count) answer\(results.count == 1 ? "" : "s") recorded from \(file)")
    }

    /// Every problem on its own line, each prefixed with the file unless it already names it.
    static func failure(_ file: String, _ error: AnswerSheetError) -> CommandFailure {
        let lines = error.problems.map { $0.hasPrefix(file + ":") ? $0 : "\(file): \($0)" }
        return CommandFailure(
            "nothing was recorded; the answers file has \(lines.count) problem\(lines.count == 1 ? "" : "s"):\n"
                + lines.joined(separator: "\n"))
    }
}
