import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence history ID`: the record's events from the log.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every event of a record, oldest first, from the tamper-evident log.",
        discussion: """
            The history of an allegation case is shown to a role that reads its case fields \
            (--as USER --role ROLE), with the fields that role reads \
            (Assessments/allegation-confidentiality.yaml).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup(title: "Reading an allegation case") var acting: ActorOptions

    @Argument(help: "The record's id, such as P-0001.")
    var id: String

    func run() async throws {
        let definitions = try global.definitions()
        let service = try global.service(definitions: definitions, create: false)
        let events = try await service.history(id, by: try await acting.authenticateIfGiven(service))
        if output.json {
            JSONOutput.print(try JSONOutput.encoded(events.map { LogEventView($0) }))
            return
        }
        var table = Table("#", "TIME", "BY", "EVENT", "MOVED", "EFFECTS")
        for event in events {
            let moves = (event.outcome["transitions"]?.arrayValue ?? []).map { transition -> String in
                let source = transition["source"]?.stringValue ?? "?"
                let target = transition["target"]?.stringValue
                return target.map { "\(source) -> \($0)" } ?? "(stays in \(source))"
            }
            let effects = (event.outcome["effects"]?.arrayValue ?? []).compactMap(Self.effectSummary)
            let name =
                event.kind == "deadline_dropped"
                ? "\(event.name) (dropped: \(event.outcome["refused"]?.stringValue ?? ""))" : event.name
            let moved: String
            switch event.kind {
            case "read" where event.name == "read_refused":
                moved = "refused a read (\(event.data["reason"]?.stringValue ?? "refused"))"
            case "read":
                moved =
                    "read "
                    + (event.data["fields"]?.arrayValue ?? []).compactMap(\.stringValue).joined(
                        separator: ", ")
            case "assignment":
                let officer = event.data["officer"]?.stringValue ?? "?"
                moved = event.name == "unassign_officer" ? "unassigned \(officer)" : "assigned \(officer)"
            case "start":
                moved =
                    "started in "
                    + (event.outcome["entered"]?.arrayValue ?? []).compactMap(\.stringValue).joined(
                        separator: ", ")
            default: moved = moves.joined(separator: "; ")
            }
            table.add(
                String(event.seq), Timestamp.format(event.occurredAt),
                "\(event.actor.user) (\(event.actor.role))", name, moved, effects.joined(separator: "; "))
        }
        print(table.text)
    }

    static func effectSummary(_ effect: JSONValue) -> String? {
        switch effect["type"]?.stringValue {
        case "set": "\(effect["field"]?.stringValue ?? "") = \(effect["new"].map(PartnerText.display) ?? "")"
        case "raise_flag":
            "flag \(effect["level"]?.stringValue ?? "") \(effect["category"]?.stringValue ?? "")"
        case "clear_flag": "cleared \(effect["category"]?.stringValue ?? "") flags"
        case "notify": "notified \(effect["role"]?.stringValue ?? "")"
        case "schedule": "\(effect["event"]?.stringValue ?? "") due \(effect["due"]?.stringValue ?? "")"
        default: nil
        }
    }
}
