import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The options of the commands that change one assessment: who acts and the assessment; and the
/// call that sends the change and prints what it did.
struct AssessmentChangeOptions: ParsableArguments, ActingCommandOptions {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The assessment id, such as A-0001.")
    var id: String

    /// Sends `event` with `change` to the assessment and prints what it did.
    func send(event: String, change: AssessmentChange) async throws {
        let (service, actor) = try await signedIn()
        let result = try await service.changeAssessment(id, event: event, change: change, data: [], by: actor)
        StepReport.print(subject: id, event: event, result)
    }
}
