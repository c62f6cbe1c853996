import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence assessment status PARTNER --status S --reason TEXT [--questionnaire ID]`.
struct RecordCapacityStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Record a PSEA capacity status for a partner instead of a rating; prints its id.",
        discussion: """
            The statuses: not_assessed; low_capacity_assumed_emergency (engaged in an emergency before \
            an assessment: treated as high risk, and an assessment is due within the questionnaire's \
            emergency_assessment_within period, default 3 months; `tick` sends assessment_overdue when \
            it passes); no_contact_with_beneficiaries (no assessment required). A newer status, or a \
            determination of the partner's capacity, supersedes it: the more recent counts.
            """)

    @OptionGroup var options: PartnerActionOptions

    @Option(
        help: ArgumentHelp(
            "not_assessed, low_capacity_assumed_emergency or no_contact_with_beneficiaries.",
            valueName: "status"))
    var status: String

    @Option(help: ArgumentHelp("Why the partner has this status.", valueName: "text"))
    var reason: String

    @Option(
        help: ArgumentHelp(
            "The questionnaire whose emergency period applies (default: the shortest of them).",
            valueName: "id"))
    var questionnaire: String?

    func run() async throws {
        guard let standing = CapacityStanding(name: status), CapacityStanding.statusNames.contains(status)
        else {
            let hint = Suggestion.closest(to: status, among: CapacityStanding.statusNames).map {
                "; did you mean \($0)?"
            }
            throw CommandFailure(
                "--status \"\(status)\" is not a status"
                    + (hint ?? "; the statuses are " + CapacityStanding.statusNames.joined(separator: ", ")),
                exitCode: .usage)
        }
        let (service, actor) = try await options.signedIn()
        let id = try await service.recordCapacityStatus(
            partner: options.partner, status: standing, reason: reason, questionnaire: questionnaire,
            by: actor)
        print(id)
    }
}
