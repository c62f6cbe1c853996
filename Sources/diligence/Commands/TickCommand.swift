import ArgumentParser
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence tick [--now ISO8601]`: fires due deadlines.
struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: "Fire every deadline that is due, each exactly once, earliest first.",
        discussion: """
            Safe to run from cron every minute (* * * * * cd /srv/diligence && diligence tick): each deadline fires \
            in its own transaction together with the event it sends, so an interrupted tick never fires one twice \
            or loses one. Deadline events are sent by the engine in the role system. After the deadlines, every running \
            partner lifecycle is refreshed with its facts as of that time (an assessment that expired, a plan item \
            now overdue), each in its own transaction.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(
        help: ArgumentHelp(
            "Fire what is due at this time instead of now (ISO-8601, e.g. 2027-06-01T09:00Z); not before the newest event of the log.",
            valueName: "time"))
    var now: String?

    func run() throws {
        let definitions = try global.definitions()
        var instant = Date()
        if let now {
            guard let parsed = Timestamp.parse(now) else {
                throw CommandFailure(
                    "--now \"\(now)\" is not an ISO-8601 time such as 2027-06-01 or 2027-06-01T09:00:00Z",
                    exitCode: .usage)
            }
            instant = parsed
        }
        let store = try global.store(create: false)
        if now != nil, let latest = try storeCall({ try store.latestEventTime() }), instant < latest {
            throw CommandFailure(
                "--now \(Timestamp.format(instant)) is before the newest event of the log (\(Timestamp.format(latest))); the log runs forward in time, so tick cannot act in the past"
            )
        }
        let fired = try storeCall { try store.tick(now: instant, definitions: definitions) }
        let moved = try storeCall { try store.refreshAllPartners(now: instant, definitions: definitions) }
        if output.json {
            JSONOutput.print(
                .array(
                    fired.map {
                        .object([
                            "subject": .string($0.subject), "deadline": .string($0.name),
                            "event": .string($0.event),
                            "due_at": JSONOutput.time($0.dueAt),
                            "refused": $0.refusal.map(JSONValue.string) ?? .null,
                        ])
                    }))
            return
        }
        for deadline in fired {
            if let refusal = deadline.refusal {
                print(
                    "\(deadline.subject): \(deadline.event) (due \(Timestamp.format(deadline.dueAt))) dropped: \(refusal)"
                )
            } else {
                print(
                    "\(deadline.subject): \(deadline.event) (due \(Timestamp.format(deadline.dueAt))) fired")
            }
        }
        for partner in moved {
            print("\(partner): its lifecycle moved on as its facts changed with the date (see history)")
        }
        print("\(fired.count) deadline\(fired.count == 1 ? "" : "s") fired")
    }
}
