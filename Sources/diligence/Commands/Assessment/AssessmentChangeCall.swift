import DiligenceCore
import DiligenceStore
import Foundation

/// Sends an assessment event carrying a record change and prints what it did; shared by the
/// commands that answer, rate and work on the plan.
enum AssessmentChangeCall {
    static func send(
        _ id: String, event: String, change: AssessmentChange, global: GlobalOptions, acting: ActorOptions
    ) async throws {
        try await StepCall.send(id, event: event, global: global, acting: acting) {
            store, actor, definitions in
            try store.changeAssessment(
                id: id, event: event, change: change, assignments: [], actor: actor, definitions: definitions,
                now: Date())
        }
    }
}
