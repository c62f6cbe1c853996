import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore

/// `diligence agreement list [--partner ID] [--status S] [--json]`.
struct ListAgreements: AsyncParsableCommand, RecordListHelp {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List agreements with where each review stands.")
    static let partnerHelp = "Only this partner's agreements."
    static let statusHelp =
        "Only agreements in this state (imported, under_review, amendment_requested, cleared, withdrawn)."
    static let statusValueName = "state"

    @OptionGroup var options: RecordListOptions<ListAgreements>

    func run() async throws {
        let (definitions, service) = try options.service()
        let actor = try await options.acting.authenticateIfGiven(service)
        let entries = try await service.agreements(
            partner: options.partner, inState: options.status, by: actor)
        if options.output.json {
            JSONOutput.print(try JSONOutput.encoded(entries.map(AgreementSummaryView.init)))
            return
        }
        guard !entries.isEmpty else {
            print(
                RecordListing.nothingListed(
                    "agreements", filtered: options.filtered,
                    firstOne: "import one with `diligence agreement import P-0001 agreement.docx`"))
            return
        }
        var table = Table("ID", "PARTNER", "VERSION", "FILE", "STANDING", "UNRESOLVED", "AMENDMENTS")
        for entry in entries {
            let record = entry.record
            table.add(
                entry.id, record.partner, String(record.current.number), record.current.fileName,
                PartnerText.standing(entry.instance.snapshot, definitions.workflows[entry.instance.workflow]),
                String(record.mandatoryUnresolved.count), String(record.amendmentsOpen.count))
        }
        print(table.text)
    }
}
