import DiligenceCore
import DiligenceStore
import Foundation

/// Sends an assessment event carrying a record change and prints what it did; shared by the
/// commands that answer, rate and work on the plan.
enum AssessmentChangeCall {
    static func send(
        _ id: String, event: String, change: AssessmentChange, global: GlobalOptions, acting: ActorOptions
    ) throws {
        let definitions = try global.definitions()
        let actor = try acting.actor()
        let store = try global.store(create: false)
        let result = try storeCall {
            try store.changeAssessment(
                id: id, event: event, change: change, assignments: [], actor: actor, definitions: definitions,
                now: Date())
        }
        print(
            StepReport.lines(subject: id, event: event, result.step, definition: result.definition).joined(
                separator: "\n"))
    }
}
