import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence allegation report PARTNER --received DATE --type T ...`.
struct ReportAllegation: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Record an allegation against a partner; prints the new case id.",
        discussion: """
            Only the partner, the day received and the type are required. Restricted details \
            (--narrative, --victim-details, --perpetrator-details) are encrypted with the key file, \
            which is created on first use; never put them in other options. Give them with \
            --narrative-file, --victim-details-file and --perpetrator-details-file FILE (or - for \
            standard input, for one of them) to keep them out of the shell's history and the \
            process list.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var keys: KeyOptions

    @Argument(help: "The partner id, such as P-0001.")
    var partner: String

    @Option(
        help: ArgumentHelp("The day the partner received the allegation (YYYY-MM-DD).", valueName: "date"))
    var received: String

    @Option(
        help: ArgumentHelp(
            "sexual_exploitation, sexual_abuse, other or unknown.", valueName: "type"))
    var type: String

    @Option(help: ArgumentHelp("The day of the incident (YYYY-MM-DD), or unknown.", valueName: "date"))
    var incident: String?

    @Option(
        help: ArgumentHelp(
            "How the allegation came in (hotline, community feedback, ...).", valueName: "channel"))
    var channel: String?

    @Option(
        help: ArgumentHelp(
            "The category of personnel involved: staff, consultants, volunteers, interns, sub_contractors or unknown.",
            valueName: "category"))
    var personnel: String?

    @Option(
        help: ArgumentHelp(
            "Victims/survivors by group: women=1,girls=0,men=0,boys=0,unknown=0 (counts only).",
            valueName: "counts"))
    var victims: String?

    @Option(help: ArgumentHelp("The number of alleged perpetrators.", valueName: "n"))
    var perpetrators: String?

    @Option(help: ArgumentHelp("What happened (restricted; optional).", valueName: "text"))
    var narrative: String?

    @Option(
        name: .customLong("narrative-file"),
        help: ArgumentHelp(
            "Read what happened from a file, or from standard input for - (restricted; optional).",
            valueName: "file"))
    var narrativeFile: String?

    @Option(
        name: .customLong("victim-details"),
        help: ArgumentHelp("Details about the victim/survivor (restricted; optional).", valueName: "text"))
    var victimDetails: String?

    @Option(
        name: .customLong("victim-details-file"),
        help: ArgumentHelp(ReportAllegation.fileHelp, valueName: "file"))
    var victimDetailsFile: String?

    @Option(
        name: .customLong("perpetrator-details"),
        help: ArgumentHelp(
            "Details about the alleged perpetrator(s) (restricted; optional).", valueName: "text"))
    var perpetratorDetails: String?

    @Option(
        name: .customLong("perpetrator-details-file"),
        help: ArgumentHelp(ReportAllegation.fileHelp, valueName: "file"))
    var perpetratorDetailsFile: String?

    /// The help of the options that read a restricted detail from a file.
    private static let fileHelp = "Read it from a file, or from standard input for - (restricted; optional)."

    func run() async throws {
        let (service, actor) = try await acting.signedIn(global: global)
        let given: [(field: String, option: String, text: String?, file: String?)] = [
            ("narrative", "--narrative", narrative, narrativeFile),
            ("victim_details", "--victim-details", victimDetails, victimDetailsFile),
            ("perpetrator_details", "--perpetrator-details", perpetratorDetails, perpetratorDetailsFile),
        ]
        guard given.filter({ $0.file == "-" }).count <= 1 else {
            throw CommandFailure(
                "only one of the -file options can read standard input (-)", exitCode: .usage)
        }
        var restricted: [String: String] = [:]
        for item in given {
            if item.text != nil, item.file != nil {
                throw CommandFailure("give \(item.option) or \(item.option)-file, not both", exitCode: .usage)
            }
            restricted[item.field] =
                try item.file.map { try RestrictedTextFile.read($0, option: item.option + "-file") }
                ?? item.text
        }
        let report = try allegationInput { () throws(AllegationInputError) in
            try AllegationReport(
                partner: partner, received: received, type: type, incident: incident, channel: channel,
                personnel: personnel, victims: victims, perpetrators: perpetrators, restricted: restricted,
                today: LocalDate(Date()))
        }
        let id = try await service.reportAllegation(
            report, keyFile: keys.file(database: service.store.path), by: actor)
        print(id)
    }
}
