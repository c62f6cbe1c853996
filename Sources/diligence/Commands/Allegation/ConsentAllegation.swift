import ArgumentParser
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
        let definitions = try global.definitions()
        let actor = try await acting.actor(global: global, definitions: definitions, on: id)
        let now = Date()
        let day = try allegationInput { () throws(AllegationInputError) in
            try date.map { text throws(AllegationInputError) in
                try AllegationReport.date(text, field: .date, today: LocalDate(now))
            } ?? LocalDate(now)
        }
        let store = try global.store(create: false)
        _ = try storeCall { try store.allegationCase(id) }
        let event = decision == .given ? "consent_given" : "consent_withdrawn"
        let result = try storeCall {
            try store.send(
                subject: id, event: event, assignments: [("consent_on", day.description)], actor: actor,
                definitions: definitions, now: now)
        }
        print(
            StepReport.lines(subject: id, event: event, result.step, definition: result.definition).joined(
                separator: "\n"))
    }
}
