import DiligenceCore
import DiligenceStore
import Foundation

/// Sends an assessment event carrying a record change and prints what it did; shared by the
/// commands that answer, rate and work on the plan.
enum AssessmentChangeCall {
    static func send(
        _ id: String, event: String, change: AssessmentChange, global: GlobalOptions, acting: ActorOptions
    ) async throws {
        let (service, actor) = try await acting.signedIn(global: global)
        let result = try await service.changeAssessment(id, event: event, change: change, data: [], by: actor)
        StepReport.print(subject: id, event: event, result)
    }
}
