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

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The case id, such as G-0001.")
    var id: String

    @Flag var decision: Decision

    @Option(help: ArgumentHelp("The day (YYYY-MM-DD; default today).", valueName: "date"))
    var date: String?

    func run() async throws {
        let now = Date()
        let day = try allegationInput { () throws(AllegationInputError) in
            try date.map { text throws(AllegationInputError) in
                try AllegationReport.date(text, field: .date, today: LocalDate(now))
            } ?? LocalDate(now)
        }
        let (service, actor) = try await acting.signedIn(global: global)
        let result = try await service.recordConsent(id, given: decision == .given, on: day, by: actor)
        let event = decision == .given ? AllegationKind.consentGiven : AllegationKind.consentWithdrawn
        StepReport.print(subject: id, event: event.name, result)
    }
}
