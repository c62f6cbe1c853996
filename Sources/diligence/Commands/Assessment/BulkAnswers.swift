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

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The assessment id, such as A-0001.")
    var id: String

    @Argument(help: "The answers, a .csv or .yaml file.")
    var file: String

    /// The largest file read (bytes).
    static let maximumSize = 2_000_000

    func run() async throws {
        let (service, actor) = try await acting.signedIn(global: global)
        let data = try CommandFile.read(file, maxBytes: Self.maximumSize) { _ in
            "is larger than 2 MB; split it into smaller files"
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(file): is not UTF-8 text")
        }
        let rows: [AnswerSheetRow]
        do {
            rows = try AnswerSheet.read(file: file, text: text)
        } catch {
            throw Self.failure(file, error)
        }
        guard case .assessment(let entry) = try await service.assessmentRecord(id, by: actor) else {
            throw StoreError.notAnAssessment(id)
        }
        if let questionnaire = service.definitions.questionnaires[entry.record.questionnaire.id],
            questionnaire.hash == entry.record.questionnaire.hash
        {
            do {
                _ = try AnswerSheet.check(rows, record: entry.record, questionnaire: questionnaire)
            } catch {
                throw Self.failure(file, error)
            }
        }
        let results = try await service.answer(id, rows: rows, by: actor)
        print("\(id): \(results.count) answer\(results.count == 1 ? "" : "s") recorded from \(file)")
    }

    /// Every problem on its own line, each prefixed with the file unless it already names it.
    static func failure(_ file: String, _ error: AnswerSheetError) -> CommandFailure {
        let lines = error.problems.map { $0.hasPrefix(file + ":") ? $0 : "\(file): \($0)" }
        return CommandFailure(
            "nothing was recorded; the answers file has \(lines.count) problem\(lines.count == 1 ? "" : "s"):\n"
                + lines.joined(separator: "\n"))
    }
}
