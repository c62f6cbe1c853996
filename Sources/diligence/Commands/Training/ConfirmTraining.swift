import ArgumentParser
import DiligenceStore
import Foundation

/// `diligence training confirm PARTNER`.
struct ConfirmTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm the partner's PSEA training (the lifecycle's confirm_training event).",
        discussion: "Refused unless coverage reaches the training policy's threshold (default 100 %).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The partner id, such as P-0001.")
    var partner: String

    func run() throws {
        let definitions = try global.definitions()
        let actor = try acting.actor()
        let store = try global.store(create: false)
        let result = try storeCall {
            try store.confirmTraining(partner: partner, actor: actor, definitions: definitions, now: Date())
        }
        print(
            StepReport.lines(
                subject: partner, event: "confirm_training", result.step, definition: result.definition
            )
            .joined(separator: "\n"))
    }
}
