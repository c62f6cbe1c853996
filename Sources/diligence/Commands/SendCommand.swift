import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence send ID EVENT --as USER --role ROLE [--set field=value ...]`.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract:
            "Send an event to a record: a partner, an assessment, an agreement, an allegation case or a flag.",
        discussion: """
            The event is checked against the record's workflow: the current state must accept it, your role must \
            be allowed to send it and its conditions must hold. If it is refused, the reason is printed and nothing \
            is written. Example: diligence send P-0001 start_assessment --as amina.diallo
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The record's id, such as P-0001.")
    var id: String

    @Argument(help: "The event, such as start_assessment.")
    var event: String

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "A field the event carries, field=value (repeatable; field= unsets).", valueName: "field=value"))
    var assignments: [String] = []

    func run() async throws {
        let (service, actor) = try await acting.signedIn(global: global)
        let pairs = try assignments.map { text -> (field: String, value: String) in
            let equals = text.firstIndex(of: "=")
            let field = String(text[..<(equals ?? text.startIndex)]).trimmingCharacters(in: .whitespaces)
            guard let equals, !field.isEmpty else {
                throw CommandFailure(
                    "--set takes field=value, and \"\(text)\" has no field name before \"=\"",
                    exitCode: .usage)
            }
            return (field, String(text[text.index(after: equals)...]))
        }
        let result = try await service.send(event, to: id, data: pairs, by: actor)
        StepReport.print(subject: id, event: event, result)
        if let from = result.changedFrom {
            Terminal.note(
                "note: \(result.definition.file) changed since this record's last event (definition \(from.prefix(12)) -> \(result.definition.hash.prefix(12))); the event ran under the new version"
            )
        }
    }
}

/// How an accepted step is told on the terminal.
enum StepReport {
    /// Prints what an accepted event did (``lines(subject:event:_:definition:)``).
    static func print(subject: String, event: String, _ result: SendResult) {
        Swift.print(
            lines(subject: subject, event: event, result.step, definition: result.definition).joined(
                separator: "\n"))
    }

    static func lines(subject: String, event: String, _ step: Step, definition: WorkflowDefinition)
        -> [String]
    {
        var lines = [
            "\(subject): \(event) accepted; now in \(PartnerText.standing(InstanceSnapshot(step.instance, definition: definition), definition))"
        ]
        for effect in step.effects {
            switch effect {
            case .fieldSet(let path, _, let new):
                lines.append("  set \(path) = \(new?.display ?? "(not set)")")
            case .deadlineScheduled(_, let event, let due):
                lines.append("  deadline: \(event) due \(Timestamp.format(due))")
            case .deadlineCancelled: break
            case .flagRaised(let category, let level, let reason):
                lines.append("  flag raised: \(level.rawValue) \(category.rawValue): \(reason)")
            case .flagCleared(let category): lines.append("  flags cleared: \(category.rawValue)")
            case .notification(let role, let message): lines.append("  notify \(role): \(message)")
            }
        }
        if step.instance.isComplete { lines.append("  the record has finished its workflow") }
        return lines
    }
}
