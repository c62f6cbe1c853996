import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore

/// `diligence agreement list [--partner ID] [--status S] [--json]`.
struct ListAgreements: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List agreements with where each review stands.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only this partner's agreements.", valueName: "id"))
    var partner: String?

    @Option(
        help: ArgumentHelp(
            "Only agreements in this state (imported, under_review, amendment_requested, cleared, withdrawn).",
            valueName: "state"))
    var status: String?

    func run() async throws {
        let definitions = try global.definitions()
        let service = try global.service(definitions: definitions, create: false)
        let actor = try await acting.authenticateIfGiven(service)
        let entries = try await service.agreements(partner: partner, inState: status, by: actor)
        if output.json {
            JSONOutput.print(.array(entries.map { AgreementView(entry: $0, version: nil).summaryJSON }))
            return
        }
        guard !entries.isEmpty else {
            print(
                RecordListing.nothingListed(
                    "agreements", filtered: partner != nil || status != nil,
                    firstOne: "import one with `diligence agreement import P-0001 agreement.docx`"))
            return
        }
        var table = Table("ID", "PARTNER", "VERSION", "FILE", "STANDING", "UNRESOLVED", "AMENDMENTS")
        for entry in entries {
            let record = entry.record
            table.add(
                entry.id, record.partner, String(record.current.number), record.current.fileName,
                PartnerJSON.standing(entry.instance.snapshot, definitions.workflows[entry.instance.workflow]),
                String(record.mandatoryUnresolved.count), String(record.amendmentsOpen.count))
        }
        print(table.text)
    }
}
