import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence allegation consent ID --given|--withdrawn [--date DATE]`.
struct ConsentAllegation: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Record that the victim/survivor gave or withdrew informed consent to assistance.",
        usage: """
            diligence allegation consent <id> (--given | --withdrawn) [--date <date>] --as <user> --role <role>
            """)

    enum Decision: String, EnumerableFlag {
        case given, withdrawn

        static func help(for value: Decision) -> ArgumentHelp? {
            switch value {
            case .given: "Consent was given (assistance may be recorded from this day)."
            case .withdrawn: "Consent was withdrawn (no further assistance is recorded)."
            }
        }
    }

    @OptionGroup var options: CaseStepOptions

    @Flag var decision: Decision

    func run() async throws {
        let day = try options.day(now: Date())
        let (service, actor) = try await options.signedIn()
        let result = try await service.recordConsent(
            options.id, given: decision == .given, on: day, by: actor)
        let event = decision == .given ? AllegationKind.consentGiven : AllegationKind.consentWithdrawn
        StepReport.print(subject: options.id, event: event.name, result)
    }
}
