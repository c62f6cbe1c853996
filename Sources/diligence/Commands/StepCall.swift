import DiligenceCore
import DiligenceStore
import Foundation

/// The run of a command that sends one event to a record: the definitions, the acting user and
/// the store are opened (in that order, so invalid definitions are told first), the store call is
/// made and what the step did is printed, with the lines `more` adds after it.
enum StepCall {
    static func send(
        _ subject: String, event: String, global: GlobalOptions, acting: ActorOptions,
        more: (DiligenceStore) -> [String] = { _ in [] },
        _ call: (DiligenceStore, Actor, DefinitionSet) throws -> SendResult
    ) async throws {
        let definitions = try global.definitions()
        let actor = try await acting.actor(global: global, definitions: definitions, on: subject)
        let store = try global.store(create: false)
        let result = try storeCall { try call(store, actor, definitions) }
        let lines =
            StepReport.lines(subject: subject, event: event, result.step, definition: result.definition)
            + more(store)
        print(lines.joined(separator: "\n"))
    }
}
