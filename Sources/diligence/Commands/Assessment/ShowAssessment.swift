import ArgumentParser
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence assessment show ID [--json]`.
struct ShowAssessment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show an assessment: answers beside UN ratings per standard, the rating, the plan and what comes next."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The assessment id, such as A-0001.")
    var id: String

    func run() throws {
        let definitions = try global.definitions()
        let store = try global.store(create: false)
        let entry = try storeCall { try store.assessment(id) }
        let questionnaire = definitions.questionnaires[entry.record.questionnaire.id].flatMap {
            $0.hash == entry.record.questionnaire.hash ? $0 : nil
        }
        let view = AssessmentView(
            entry: entry, questionnaire: questionnaire,
            workflow: definitions.workflows[entry.instance.workflow],
            today: LocalDate(Date()))
        if output.json {
            JSONOutput.print(view.json)
        } else {
            print(view.lines.joined(separator: "\n"))
        }
    }
}
