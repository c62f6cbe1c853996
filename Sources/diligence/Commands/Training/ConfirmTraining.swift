import ArgumentParser
import DiligenceStore
import Foundation

/// `diligence training confirm PARTNER`.
struct ConfirmTraining: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm the partner's PSEA training (the lifecycle's confirm_training event).",
        discussion: "Refused unless coverage reaches the training policy's threshold (default 100 %).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The partner id, such as P-0001.")
    var partner: String

    func run() async throws {
        try await StepCall.send(partner, event: "confirm_training", global: global, acting: acting) {
            store, actor, definitions in
            try store.confirmTraining(partner: partner, actor: actor, definitions: definitions, now: Date())
        }
    }
}
