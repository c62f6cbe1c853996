import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The options of the commands on one flag: who acts and the flag.
struct FlagActionOptions: ParsableArguments, ActingCommandOptions {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The flag id, such as F-0001.")
    var flag: String
}

/// The options and the run of every ladder decision (`flag escalate|confirm|defer|...`).
struct FlagDecisionOptions: ParsableArguments {
    @OptionGroup var options: FlagActionOptions

    @Option(help: ArgumentHelp("Why: kept in the flag's history.", valueName: "text"))
    var reason: String

    func run(_ decision: FlagDecision) async throws {
        let (service, actor) = try await options.signedIn()
        let result = try await service.decideFlag(options.flag, decision: decision, reason: reason, by: actor)
        StepReport.print(subject: options.flag, event: decision.event, result)
    }
}

protocol FlagDecisionCommand: AsyncParsableCommand {
    /// The decision the command sends.
    static var decision: FlagDecision { get }
    /// The flag and the reason.
    var options: FlagDecisionOptions { get }
}

extension FlagDecisionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: decision.event, abstract: decision.commandAbstract)
    }

    func run() async throws { try await options.run(Self.decision) }
}

extension FlagDecision {
    /// What the decision's command does, for its help.
    var commandAbstract: String {
        switch self {
        case .escalate: "Send a yellow flag to headquarters for a decision (once per flag)."
        case .confirm: "Headquarters confirms an escalated flag: it becomes red and locks the partner."
        case .defer: "Headquarters defers an escalated flag back to the country office (yellow)."
        case .invalidate: "Invalidate a flag raised in error; --reason is the written justification."
        case .resolve: "Resolve a flag once the risk is addressed (a red flag: headquarters only)."
        case .upgrade: "Turn an observation into a yellow flag."
        }
    }
}

/// `diligence flag escalate FLAG --reason TEXT`.
struct EscalateFlag: FlagDecisionCommand {
    static let decision = FlagDecision.escalate
    @OptionGroup var options: FlagDecisionOptions
}

/// `diligence flag confirm FLAG --reason TEXT`.
struct ConfirmFlag: FlagDecisionCommand {
    static let decision = FlagDecision.confirm
    @OptionGroup var options: FlagDecisionOptions
}

/// `diligence flag defer FLAG --reason TEXT`.
struct DeferFlag: FlagDecisionCommand {
    static let decision = FlagDecision.defer
    @OptionGroup var options: FlagDecisionOptions
}

/// `diligence flag invalidate FLAG --reason JUSTIFICATION`.
struct InvalidateFlag: FlagDecisionCommand {
    static let decision = FlagDecision.invalidate
    @OptionGroup var options: FlagDecisionOptions
}

/// `diligence flag resolve FLAG --reason TEXT`.
struct ResolveFlag: FlagDecisionCommand {
    static let decision = FlagDecision.resolve
    @OptionGroup var options: FlagDecisionOptions
}

/// `diligence flag upgrade FLAG --reason TEXT`.
struct UpgradeFlag: FlagDecisionCommand {
    static let decision = FlagDecision.upgrade
    @OptionGroup var options: FlagDecisionOptions
}
