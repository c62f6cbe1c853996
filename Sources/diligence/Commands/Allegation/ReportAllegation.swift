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

    @OptionGroup var options: PartnerActionOptions
    @OptionGroup var keys: KeyOptions

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

    @OptionGroup var narrative: RestrictedDetailOptions<Narrative>
    @OptionGroup var victimDetails: RestrictedDetailOptions<VictimDetails>
    @OptionGroup var perpetratorDetails: RestrictedDetailOptions<PerpetratorDetails>

    func run() async throws {
        let (service, actor) = try await options.signedIn()
        guard [narrative.file, victimDetails.file, perpetratorDetails.file].filter({ $0 == "-" }).count <= 1
        else {
            throw CommandFailure(
                "only one of the -file options can read standard input (-)", exitCode: .usage)
        }
        var restricted: [String: String] = [:]
        restricted[Narrative.field] = try narrative.value()
        restricted[VictimDetails.field] = try victimDetails.value()
        restricted[PerpetratorDetails.field] = try perpetratorDetails.value()
        let report = try allegationInput { () throws(AllegationInputError) in
            try AllegationReport(
                partner: options.partner, received: received, type: type, incident: incident,
                channel: channel,
                personnel: personnel, victims: victims, perpetrators: perpetrators, restricted: restricted,
                today: LocalDate(Date()))
        }
        let id = try await service.reportAllegation(
            report, keyFile: keys.file(database: service.store.path), by: actor)
        print(id)
    }
}
