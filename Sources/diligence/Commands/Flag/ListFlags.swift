import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore

/// `diligence flag list [--partner ID] [--open] [--level L] [--json]`.
struct ListFlags: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List flags; for one partner, with those it inherits from its headquarters record.")

    @OptionGroup var options: ReadOptions

    @Option(help: ArgumentHelp("Only this partner's flags (and those it inherits).", valueName: "id"))
    var partner: String?

    @Flag(help: "Only open flags (not resolved or invalidated).")
    var open = false

    @Option(
        help: ArgumentHelp(
            "Only open flags at this level: observation, yellow, escalated, red.", valueName: "level"))
    var level: String?

    func run() async throws {
        let level = try level.map(FlagOptions.level)
        let (service, actor) = try await options.reader()
        let flags = try await service.flags(partner: partner, openOnly: open, level: level, by: actor)
        if options.output.json {
            JSONOutput.print(try JSONOutput.encoded(flags.map { FlagView($0) }))
            return
        }
        guard !flags.isEmpty else {
            print(
                "no flags"
                    + (partner != nil || open || level != nil
                        ? " match"
                        : " yet; raise one with `diligence flag raise P-0001 --category C --level yellow --reason TEXT`")
            )
            return
        }
        var table = Table("ID", "PARTNER", "STATE", "CATEGORY", "RAISED BY", "REASON")
        for flag in flags {
            let partner = flag.inheritedFrom.map { "\($0) (inherited)" } ?? flag.partner
            table.add(flag.id, partner, flag.state, flag.category, flag.raisedBy.user, flag.reason)
        }
        print(table.text)
    }
}
