import ArgumentParser
import DiligenceApp
import DiligenceCore
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
        let (service, actor) = try await acting.signedIn(global: global)
        let result = try await service.confirmTraining(partner: partner, by: actor)
        StepReport.print(subject: partner, event: PartnerKind.confirmTraining.name, result)
    }
}
