import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence allegation assist ID --type T --status S [--date DATE]`.
struct AssistAllegation: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assist",
        abstract:
            "Record assistance to the victim/survivor: one type offered, accepted, provided or declined.",
        discussion: """
            Needs the victim/survivor's consent first (`diligence allegation consent ID --given`). The \
            type and the day are restricted and encrypted with the key file; only the number of entries \
            by status is kept in the clear. Types: safety_protection, medical_care, psychosocial_support, \
            legal_assistance, material_assistance, education_livelihood.
            """)

    @OptionGroup var options: CaseStepOptions
    @OptionGroup var keys: KeyOptions

    @Option(help: ArgumentHelp("The type of assistance.", valueName: "type"))
    var type: String

    @Option(help: ArgumentHelp("offered, accepted, provided or declined.", valueName: "status"))
    var status: String

    func run() async throws {
        let now = Date()
        guard let kind = AssistanceType(rawValue: type.lowercased()) else {
            throw CommandFailure(
                "--type: \"\(type)\" is not a type of assistance; use "
                    + AssistanceType.names.joined(separator: ", ")
                    + "; nothing was recorded")
        }
        guard let step = AssistanceStatus(rawValue: status.lowercased()) else {
            throw CommandFailure(
                "--status: \"\(status)\" is not a status of assistance; use "
                    + AssistanceStatus.names.joined(separator: ", ") + "; nothing was recorded")
        }
        let day = try options.day(now: now)
        let (service, actor) = try await options.signedIn()
        let result = try await service.recordAssistance(
            options.id, entry: AssistanceEntry(type: kind, status: step, date: day),
            keyFile: keys.file(database: service.store.path), by: actor)
        print("\(options.id): assistance recorded (\(step.rawValue)); log event \(result.seq)")
    }
}
