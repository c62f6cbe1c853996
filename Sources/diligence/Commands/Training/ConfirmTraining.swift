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

    @OptionGroup var options: PartnerActionOptions

    func run() async throws {
        let (service, actor) = try await options.signedIn()
        let result = try await service.confirmTraining(partner: options.partner, by: actor)
        StepReport.print(subject: options.partner, event: PartnerKind.confirmTraining.name, result)
    }
}
