import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence assessment show ID [--json]`.
struct ShowAssessment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show an assessment (answers beside UN ratings per standard, the rating, the plan and what comes next) or a capacity status."
    )

    @OptionGroup var options: ReadOptions

    @Argument(help: "The assessment id, such as A-0001, or a capacity status id, such as CS-0001.")
    var id: String

    @Option(
        help: ArgumentHelp(
            "Mark plan items overdue as of this time instead of now (ISO-8601, e.g. 2027-06-01).",
            valueName: "time"))
    var now: String?

    func run() async throws {
        var today = LocalDate(Date())
        if let now {
            guard let parsed = Timestamp.parse(now) else {
                throw CommandFailure(
                    "--now \"\(now)\" is not an ISO-8601 time such as 2027-06-01 or 2027-06-01T09:00:00Z",
                    exitCode: .usage)
            }
            today = LocalDate(parsed)
        }
        let definitions = try options.global.definitions()
        let service = try options.global.service(definitions: definitions, create: false)
        let found = try await service.assessmentRecord(
            id, by: try await options.acting.authenticateIfGiven(service))
        guard case .assessment(let entry) = found else {
            if case .status(let status) = found {
                if options.output.json {
                    JSONOutput.print(try JSONOutput.encoded(CapacityStatusView(status)))
                } else {
                    print(CapacityStatusText.lines(status).joined(separator: "\n"))
                }
            }
            return
        }
        // An assessment started on an earlier version of its file is shown with that version's text.
        let questionnaire = try service.pinnedQuestionnaire(of: entry)
        let workflow = definitions.workflows[entry.instance.workflow]
        let view = AssessmentDetailView(
            entry, questionnaire: questionnaire, workflow: workflow, today: today,
            standing: PartnerText.standing(entry.instance.snapshot, workflow))
        if options.output.json {
            JSONOutput.print(try JSONOutput.encoded(view))
        } else {
            let text = AssessmentText(view: view, entry: entry, questionnaire: questionnaire, today: today)
            print(text.lines.joined(separator: "\n"))
        }
    }
}
