import ArgumentParser
import DiligenceCore
import DiligenceStore
import Foundation

/// The options and the run of every ladder decision (`flag escalate|confirm|defer|...`).
struct FlagDecisionOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The flag id, such as F-0001.")
    var flag: String

    @Option(help: ArgumentHelp("Why: kept in the flag's history.", valueName: "text"))
    var reason: String

    func run(_ decision: FlagDecision) throws {
        let definitions = try global.definitions()
        let actor = try acting.actor()
        let store = try global.store(create: false)
        let result = try storeCall {
            try store.decideFlag(
                flag, decision: decision, text: reason, actor: actor, definitions: definitions, now: Date())
        }
        print(
            StepReport.lines(subject: flag, event: decision.event, result.step, definition: result.definition)
                .joined(separator: "\n"))
    }
}

/// `diligence flag escalate FLAG --reason TEXT`.
struct EscalateFlag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Send a yellow flag to headquarters for a decision (once per flag).")
    @OptionGroup var options: FlagDecisionOptions
    func run() throws { try options.run(.escalate) }
}

/// `diligence flag confirm FLAG --reason TEXT`.
struct ConfirmFlag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Headquarters confirms an escalated flag: it becomes red and locks the partner.")
    @OptionGroup var options: FlagDecisionOptions
    func run() throws { try options.run(.confirm) }
}

/// `diligence flag defer FLAG --reason TEXT`.
struct DeferFlag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "defer",
        abstract: "Headquarters defers an escalated flag back to the country office (yellow).")
    @OptionGroup var options: FlagDecisionOptions
    func run() throws { try options.run(.defer) }
}

/// `diligence flag invalidate FLAG --reason JUSTIFICATION`.
struct InvalidateFlag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invalidate",
        abstract: "Invalidate a flag raised in error; --reason is the written justification.")
    @OptionGroup var options: FlagDecisionOptions
    func run() throws { try options.run(.invalidate) }
}

/// `diligence flag resolve FLAG --reason TEXT`.
struct ResolveFlag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve a flag once the risk is addressed (a red flag: headquarters only).")
    @OptionGroup var options: FlagDecisionOptions
    func run() throws { try options.run(.resolve) }
}

/// `diligence flag upgrade FLAG --reason TEXT`.
struct UpgradeFlag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade", abstract: "Turn an observation into a yellow flag.")
    @OptionGroup var options: FlagDecisionOptions
    func run() throws { try options.run(.upgrade) }
}
