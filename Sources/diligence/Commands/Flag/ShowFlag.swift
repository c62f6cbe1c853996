import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore

/// `diligence flag show FLAG [--json]`.
struct ShowFlag: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a flag and its whole history.")

    @OptionGroup var options: ReadOptions

    @Argument(help: "The flag id, such as F-0001.")
    var flag: String

    func run() async throws {
        let (service, actor) = try await options.reader()
        let detail = try await service.flag(flag, by: actor)
        let (entry, history) = (detail.entry, detail.history)
        if options.output.json {
            JSONOutput.print(try JSONOutput.encoded(FlagView(entry, history: history)))
            return
        }
        print("\(entry.id)  \(entry.state) \(entry.category) flag on \(entry.partner)")
        print("reason      \(entry.reason)")
        print(
            "raised      \(Timestamp.format(entry.raisedAt)) by \(entry.raisedBy.user) (\(entry.raisedBy.role))"
        )
        if let rule = entry.rule { print("rule        \(rule) (Assessments/risk-rules.yaml)") }
        print(
            "standing    "
                + (entry.locksPartner
                    ? "valid red flag: locks \(entry.partner)" : entry.isOpen ? "open" : entry.state))
        print("history     " + history.map(FlagText.historyLine).joined(separator: "\n            "))
    }
}
