import ArgumentParser
import DiligenceStore
import Foundation

/// `diligence assessment start PARTNER --questionnaire ID`.
struct StartAssessment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a PSEA capacity assessment of a partner; prints the new assessment id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The partner id, such as P-0001.")
    var partner: String

    @Option(help: ArgumentHelp("The questionnaire's id, such as psea-common.", valueName: "id"))
    var questionnaire: String

    func run() throws {
        let definitions = try global.definitions()
        let actor = try acting.actor()
        _ = try storeCall {
            try DiligenceStore.checkAssessmentStart(
                questionnaire: questionnaire, actor: actor, definitions: definitions)
        }
        let store = try global.store(create: false)
        let id = try storeCall {
            try store.startAssessment(
                partner: partner, questionnaire: questionnaire, actor: actor, definitions: definitions,
                now: Date())
        }
        print(id)
    }
}
