import ArgumentParser
import DiligenceApp
import DiligenceCore

/// How a record kind's `list` command words the help of its `--partner` and `--status` filters.
protocol RecordListHelp {
    /// The help of `--partner`: `Only this partner's agreements.`
    static var partnerHelp: String { get }
    /// The help of `--status`, with the states or statuses it takes.
    static var statusHelp: String { get }
    /// The value's name in the help of `--status`: `state` or `status`.
    static var statusValueName: String { get }
}

/// The options of the record kinds' `list` commands (`agreement list`, `assessment list`,
/// `allegation list`): the global, actor and output options, then the `--partner` and `--status`
/// filters, whose help `Help` words for the kind.
struct RecordListOptions<Help: RecordListHelp>: ParsableArguments {
    @OptionGroup var read: ReadOptions

    @Option(help: ArgumentHelp(Help.partnerHelp, valueName: "id"))
    var partner: String?

    @Option(help: ArgumentHelp(Help.statusHelp, valueName: Help.statusValueName))
    var status: String?

    var global: GlobalOptions { read.global }
    var acting: ActorOptions { read.acting }
    var output: OutputOptions { read.output }

    /// Whether `--partner` or `--status` filtered the list.
    var filtered: Bool { partner != nil || status != nil }

    /// The definitions, and the application layer over the database (which must exist).
    func service() throws -> (DefinitionSet, DiligenceService) {
        let definitions = try global.definitions()
        return (definitions, try global.service(definitions: definitions, create: false))
    }
}
