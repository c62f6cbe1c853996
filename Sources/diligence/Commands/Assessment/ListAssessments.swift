import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore

/// `diligence assessment list [--partner ID] [--status S] [--json]`.
struct ListAssessments: AsyncParsableCommand, RecordListHelp {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List assessments with where each stands.")
    static let partnerHelp = "Only this partner's assessments."
    static let statusHelp =
        "Only assessments in this state (draft, review, valid, ...), or capacity statuses with this name or state (low_capacity_assumed_emergency, superseded, ...)."
    static let statusValueName = "state"

    @OptionGroup var options: RecordListOptions<ListAssessments>

    func run() async throws {
        let (definitions, service) = try options.service()
        let (entries, statuses) = try await service.assessments(
            partner: options.partner, inState: options.status,
            by: try await options.acting.authenticateIfGiven(service))
        if options.output.json {
            let assessments = try entries.map { try JSONOutput.encoded(AssessmentSummaryView($0)) }
            let statuses = try statuses.map { try JSONOutput.encoded(CapacityStatusView($0)) }
            JSONOutput.print(.array(assessments + statuses))
            return
        }
        guard !entries.isEmpty || !statuses.isEmpty else {
            print(
                RecordListing.nothingListed(
                    "assessments", filtered: options.filtered,
                    firstOne: "start one with `diligence assessment start P-0001 --questionnaire psea-common`"
                ))
            return
        }
        var table = Table("ID", "PARTNER", "QUESTIONNAIRE", "STANDING", "CAPACITY")
        for entry in entries {
            table.add(
                entry.id, entry.record.partner, entry.record.questionnaire.id,
                PartnerText.standing(entry.instance.snapshot, definitions.workflows[entry.instance.workflow]),
                entry.instance.snapshot.context[AssessmentKind.capacityLevel.name].map(PartnerText.display)
                    ?? "-")
        }
        for entry in statuses {
            table.add(
                entry.id, entry.record.partner, "(status)", entry.states.joined(separator: ", "),
                entry.record.status.name)
        }
        print(table.text)
    }
}
