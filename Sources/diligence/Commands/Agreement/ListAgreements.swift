import ArgumentParser
import DiligenceCore
import DiligenceStore

/// `diligence agreement list [--partner ID] [--status S] [--json]`.
struct ListAgreements: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List agreements with where each review stands.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only this partner's agreements.", valueName: "id"))
    var partner: String?

    @Option(
        help: ArgumentHelp(
            "Only agreements in this state (imported, under_review, amendment_requested, cleared, withdrawn).",
            valueName: "state"))
    var status: String?

    func run() throws {
        let definitions = try global.definitions()
        let store = try global.store(create: false)
        try RecordListing.checkPartner(partner, store: store)
        if let status, let workflow = definitions.workflow(forSubject: "agreement"),
            !workflow.states.contains(where: { $0.id == status })
        {
            let names = workflow.states.dropFirst().map(\.id)
            throw CommandFailure(
                "--status: \"\(status)\" is not a state of \(workflow.id)"
                    + (Suggestion.closest(to: status, among: names).map { "; did you mean \($0)?" }
                        ?? "; its states are " + names.joined(separator: ", ")))
        }
        let entries = try storeCall { try store.agreements(partner: partner) }.filter { entry in
            status.map { entry.instance.snapshot.activeStates.contains($0) } ?? true
        }
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
