import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence audit log [--subject ID] [--since DATE] [--json]`.
struct AuditLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List the event log, oldest first (restricted allegation details only ever appear sealed).",
        discussion: """
            The rows of allegation cases show their data only to a role that reads it (--as USER \
            --role ROLE, Assessments/allegation-confidentiality.yaml); without a role they show who \
            did what and when, without the case's fields.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup(title: "Reading allegation cases") var acting: ActorOptions

    @Option(help: ArgumentHelp("Only this record's events.", valueName: "id"))
    var subject: String?

    @Option(help: ArgumentHelp("Only events on or after this day (YYYY-MM-DD, UTC).", valueName: "date"))
    var since: String?

    func run() async throws {
        let definitions = try global.definitions()
        var start: Date?
        if let since {
            guard let day = LocalDate(since) else {
                throw CommandFailure(
                    "--since: \"\(since)\" is not a date; write it as YYYY-MM-DD", exitCode: .usage)
            }
            start = day.startOfDay
        }
        let service = try global.service(definitions: definitions, create: false)
        let events = try await service.log(
            subject: subject, since: start, by: try await acting.authenticateIfGiven(service))
        if output.json {
            JSONOutput.print(try JSONOutput.encoded(events.map { LogEventView($0, subject: true) }))
            return
        }
        var table = Table("#", "TIME", "SUBJECT", "BY", "KIND", "EVENT")
        for event in events {
            table.add(
                String(event.seq), Timestamp.format(event.occurredAt), event.subject,
                "\(event.actor.user) (\(event.actor.role))", event.kind, event.name)
        }
        print(
            events.isEmpty ? "no events" + (subject != nil || since != nil ? " match" : " yet") : table.text)
    }
}

/// `diligence audit reads [--subject ID] [--json]`.
struct AuditReadsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reads",
        abstract:
            "List who read restricted allegation details, and who was refused: when, which case, which fields, by which command.",
        discussion: """
            A refused attempt at restricted details (a role that may not read them, a user not \
            assigned to the case's partner where the role reads them for its own partners only, a \
            missing or wrong key file) is listed with OUTCOME refused and why; it read nothing.
            """)

    @OptionGroup var options: ReadOptions

    @Option(help: ArgumentHelp("Only the reads of this case.", valueName: "id"))
    var subject: String?

    func run() async throws {
        let (service, actor) = try await options.reader()
        let reads = try await service.restrictedReads(
            subject: subject, by: actor)
        let fields = { (event: EventRecord) in
            (event.data["fields"]?.arrayValue ?? []).compactMap(\.stringValue)
        }
        let refused = { (event: EventRecord) in event.name == "read_refused" }
        let reason = { (event: EventRecord) -> String? in
            guard refused(event) else { return nil }
            switch event.data["reason"]?.stringValue {
            case "role": return "role may not read them"
            case "not_assigned": return "not assigned to the partner"
            case "key": return "key file missing or wrong"
            case let other: return other ?? "refused"
            }
        }
        if options.output.json {
            JSONOutput.print(try JSONOutput.encoded(reads.map(RestrictedReadView.init)))
            return
        }
        guard !reads.isEmpty else {
            print("no reads of restricted allegation details" + (subject.map { " of \($0)" } ?? ""))
            return
        }
        var table = Table("#", "TIME", "CASE", "BY", "OUTCOME", "FIELDS", "COMMAND")
        for event in reads {
            table.add(
                String(event.seq), Timestamp.format(event.occurredAt), event.subject,
                "\(event.actor.user) (\(event.actor.role))",
                reason(event).map { "refused: \($0)" } ?? "read", fields(event).joined(separator: ", "),
                event.data["command"]?.stringValue ?? "")
        }
        print(table.text)
    }
}
