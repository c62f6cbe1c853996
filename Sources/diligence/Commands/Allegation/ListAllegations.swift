import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore

/// `diligence allegation list --as USER --role ROLE [--partner ID] [--status S] [--json]`.
struct ListAllegations: AsyncParsableCommand, RecordListHelp {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cases with their status; roles that read aggregates only get totals.",
        discussion: """
            A programme officer sees the cases of the partners assigned to them only (`diligence \
            partner assign`); the assignment: section of Assessments/allegation-confidentiality.yaml \
            says which roles are limited so.
            """)
    static let partnerHelp = "Only this partner's cases."
    static let statusHelp =
        "Only cases with this status (received, reported_to_un, ..., substantiated, ..., closed)."
    static let statusValueName = "status"

    @OptionGroup var options: RecordListOptions<ListAllegations>

    func run() async throws {
        let (_, service) = try options.service()
        let actor = try await options.acting.authenticate(service)
        switch try await service.allegationCases(partner: options.partner, status: options.status, by: actor)
        {
        case .totals(let totals):
            printTotals(totals)
        case .cases(let views, let unassigned):
            printCases(views, unassigned: unassigned, actor: actor)
        }
    }

    private func printCases(_ views: [AllegationCaseView], unassigned: Bool, actor: AuthenticatedActor) {
        if options.output.json {
            JSONOutput.print(
                .array(
                    views.map { view in
                        .object([
                            "id": .string(view.id),
                            "fields": .object(
                                Dictionary(uniqueKeysWithValues: view.fields.map { ($0.name, $0.value) })),
                        ])
                    }))
            return
        }
        guard !views.isEmpty else {
            if unassigned {
                print(
                    "no partners are assigned to \(actor.account.name), so no cases are shown: a \(actor.role) sees the cases of their own partners only"
                )
            } else {
                print(options.filtered ? "no cases match" : "no allegation cases")
            }
            return
        }
        var table = Table("ID", "PARTNER", "RECEIVED", "TYPE", "STATUS", "REPORTED LATE")
        for view in views {
            func cell(_ name: String) -> String { view.value(name).map(AllegationText.display) ?? "-" }
            table.add(
                view.id, cell("partner"), cell("received"), cell("type"), cell("status"),
                cell("reported_late"))
        }
        print(table.text)
    }

    /// The totals a role that reads aggregates only sees, under the small-cell rule: a count
    /// from 1 to 2 shows as <3.
    private func printTotals(_ totals: AllegationTotals) {
        if options.output.json {
            (try? JSONOutput.encoded(totals)).map(JSONOutput.print)
            return
        }
        print("\(totals.cases) allegation case\(totals.cases.value == 1 ? "" : "s"), \(totals.open) open")
        print(
            "victims/survivors: "
                + (totals.victims.isEmpty
                    ? "none counted"
                    : totals.victims.keys.sorted().map { "\($0)=\(totals.victims[$0]!)" }.joined(
                        separator: ", ")))
        print("alleged perpetrators: \(totals.perpetrators)")
        print(
            "assistance entries: "
                + (totals.assistanceCounts.isEmpty
                    ? "none"
                    : totals.assistanceCounts.keys.sorted().map { "\($0)=\(totals.assistanceCounts[$0]!)" }
                        .joined(
                            separator: ", ")))
        if [totals.cases, totals.open, totals.perpetrators].contains(where: \.isSuppressed)
            || totals.victims.values.contains(where: \.isSuppressed)
            || totals.assistanceCounts.values.contains(where: \.isSuppressed)
        {
            print("(counts from 1 to 2 are shown as <3, so that no figure singles out a case)")
        }
    }
}
