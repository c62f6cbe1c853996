import ArgumentParser
import DiligenceCore
import Foundation

/// `diligence assessment plan`: the capacity-strengthening plan.
struct AssessmentPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Add action items to the capacity-strengthening plan and complete them.",
        subcommands: [AddPlanItem.self, CompletePlanItem.self])
}

/// `diligence assessment plan add ID --action TEXT --owner NAME --due DATE`.
struct AddPlanItem: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an action item to the plan (event add_plan_item).")

    @OptionGroup var assessment: AssessmentChangeOptions

    @Option(help: ArgumentHelp("What is to be done.", valueName: "text"))
    var action: String

    @Option(help: ArgumentHelp("Who does it.", valueName: "name"))
    var owner: String

    @Option(help: ArgumentHelp("When it is due, YYYY-MM-DD.", valueName: "date"))
    var due: String

    func run() async throws {
        guard let date = LocalDate(due) else {
            throw CommandFailure(
                "--due \"\(due)\" is not a date; write it as YYYY-MM-DD, such as 2026-06-30", exitCode: .usage
            )
        }
        try await assessment.send(
            event: "add_plan_item", change: .addPlanItem(action: action, owner: owner, due: date))
    }
}

/// `diligence assessment plan done ID ITEM --evidence TEXT`.
struct CompletePlanItem: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Complete an action item with its evidence (event complete_plan_item)."
    )

    @OptionGroup var assessment: AssessmentChangeOptions

    @Argument(help: "The plan item's number, as `assessment show` lists it.")
    var item: String

    @Option(help: ArgumentHelp("The evidence of completion.", valueName: "text"))
    var evidence: String

    func run() async throws {
        try await assessment.send(
            event: "complete_plan_item",
            change: .completePlanItem(item: item, on: LocalDate(Date()), evidence: evidence))
    }
}
