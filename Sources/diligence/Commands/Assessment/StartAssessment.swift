import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence assessment start PARTNER --questionnaire ID [--copy-from A-0001 | --copy-previous]
/// [--country-level-reason REASON]`.
struct StartAssessment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a PSEA capacity assessment of a partner; prints the new assessment id.",
        discussion: """
            A re-assessment may start from the answers and evidence references of the partner's last \
            final assessment on the same questionnaire and version, when that became final within the \
            questionnaire's re-use window (time: reuse_window, default 365 days): give --copy-previous, \
            or --copy-from with its id. The copy is recorded in the log. Without either, the command \
            starts an empty assessment and says when a copy was available. An international NGO \
            assessed at country level instead of through its headquarters' assessment records why with \
            --country-level-reason: decentralised, sea_allegation, global_policy_not_implemented or \
            high_risk_context.
            """)

    @OptionGroup var options: PartnerActionOptions

    @Option(help: ArgumentHelp("The questionnaire's id, such as psea-common.", valueName: "id"))
    var questionnaire: String

    @Option(
        name: .customLong("copy-from"),
        help: ArgumentHelp(
            "Start from the answers and evidence references of this final assessment of the partner.",
            valueName: "assessment"))
    var copyFrom: String?

    @Flag(
        name: .customLong("copy-previous"),
        help: "Start from the answers and evidence references of the partner's last final assessment.")
    var copyPrevious = false

    @Option(
        name: .customLong("country-level-reason"),
        help: ArgumentHelp(
            "Why an international NGO is assessed at country level: "
                + CountryLevelReason.names.joined(separator: ", ") + ".",
            valueName: "reason"))
    var countryLevelReason: String?

    func validate() throws {
        if copyFrom != nil && copyPrevious {
            throw ValidationError("give --copy-from or --copy-previous, not both")
        }
    }

    func run() async throws {
        let reason: CountryLevelReason?
        do {
            reason = try countryLevelReason.map { text throws(CountryLevelReasonError) in
                try CountryLevelReason(named: text)
            }
        } catch {
            throw CommandFailure("--country-level-reason: \(error.explanation)", exitCode: .usage)
        }
        let (service, actor) = try await options.signedIn()
        let copy: AssessmentCopy = copyFrom.map { .from($0) } ?? (copyPrevious ? .previous : .none)
        let (id, offer) = try await service.startAssessment(
            partner: options.partner, questionnaire: questionnaire, copy: copy, countryLevelReason: reason,
            by: actor)
        print(id)
        if let offer {
            Terminal.note(
                "note: \(id) starts empty. The answers and evidence references of \(offer.id) (final on \(offer.finalOn), re-usable until \(offer.reusableUntil)) can be copied: start the re-assessment with --copy-from \(offer.id) (or --copy-previous), and cancel \(id) with `diligence send \(id) cancel --set cancel_reason=...`."
            )
        }
    }
}
