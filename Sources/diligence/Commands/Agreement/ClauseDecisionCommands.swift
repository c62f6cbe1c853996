import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence agreement confirm ID CLAUSE [--note TEXT]`.
struct ConfirmClause: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm a clause is in the agreement's current version (event confirm).",
        discussion: """
            A clause the detector did not find present (partial or absent) can be confirmed only with \
            --note saying where the agreement carries it, so the confirmation explains itself.
            """)

    @OptionGroup var options: ClauseDecisionOptions

    @Option(help: ArgumentHelp("Where the agreement carries the clause, or any remark.", valueName: "text"))
    var note: String?

    func run() async throws {
        try await options.send(.decide(clause: options.clause, kind: .confirmed, text: note))
    }
}

/// `diligence agreement amend ID CLAUSE --note TEXT`.
struct AmendClause: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Ask the partner to amend the agreement for a clause (event amend).",
        discussion: "The agreement waits for an amended version: `agreement import --agreement ID FILE`.")

    @OptionGroup var options: ClauseDecisionOptions

    @Option(help: ArgumentHelp("What the partner must change.", valueName: "text"))
    var note: String

    func run() async throws {
        try await options.send(.decide(clause: options.clause, kind: .amendmentRequested, text: note))
    }
}

/// `diligence agreement waive ID CLAUSE --reason TEXT`.
struct WaiveClause: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract:
            "Waive a clause for this agreement, with a reason (event waive; a role with that authority).")

    @OptionGroup var options: ClauseDecisionOptions

    @Option(help: ArgumentHelp("Why the clause may be left out of this agreement.", valueName: "text"))
    var reason: String

    func run() async throws {
        try await options.send(.decide(clause: options.clause, kind: .waived, text: reason))
    }
}

/// The options every clause decision takes: who acts, the agreement and the clause; and the call
/// that sends it and prints what it did.
struct ClauseDecisionOptions: ParsableArguments, ActingCommandOptions {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The agreement id, such as AG-0001.")
    var id: String

    @Argument(help: "The clause id, such as C5.")
    var clause: String

    /// Sends the decision and prints what it did.
    func send(_ change: AgreementChange) async throws {
        let (service, actor) = try await signedIn()
        let (result, entry) = try await service.changeAgreement(id, change: change, by: actor)
        let unresolved = entry.record.mandatoryUnresolved
        StepReport.print(subject: id, event: change.event, result)
        print(
            "  mandatory clauses unresolved: \(unresolved.count)"
                + (unresolved.isEmpty ? "" : " (" + unresolved.joined(separator: ", ") + ")"))
    }
}
