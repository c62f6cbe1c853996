import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence tick [--now ISO8601]`: fires due deadlines.
struct TickCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: "Fire every deadline that is due, each exactly once, earliest first.",
        discussion: """
            Safe to run from cron every minute (* * * * * cd /srv/diligence && diligence tick): each deadline fires \
            in its own transaction together with the event it sends, so an interrupted tick never fires one twice \
            or loses one. Run it as an account whose role allows fire_deadlines (administrator in the shipped \
            roles file): --as ACCOUNT. Deadline events are sent by the engine in the role system. After the deadlines, every running \
            partner lifecycle is refreshed with its facts as of that time (an assessment that expired, a plan item \
            now overdue), each in its own transaction. When the configuration sets checkpoints.directory, a signed \
            checkpoint of the log is written there once checkpoints.every (1d by default) has passed since the \
            newest one (docs/log-and-audit.md).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var signing: SigningKeyOptions

    @Option(
        help: ArgumentHelp(
            "The configuration file (YAML; else diligence.yaml when it exists): with checkpoints.directory set, a signed checkpoint is written there once checkpoints.every has passed.",
            valueName: "file"))
    var config: String?

    @Option(
        help: ArgumentHelp(
            "Fire what is due at this time instead of now (ISO-8601, e.g. 2027-06-01T09:00Z); not before the newest event of the log, and not ahead of the clock unless the database was made with `init --simulated-clock`.",
            valueName: "time"))
    var now: String?

    func run() async throws {
        let definitions = try global.definitions()
        let instant = try TimeOption.parse(now)
        let service = try global.service(definitions: definitions, create: false)
        let actor = try await acting.authenticate(service)
        let outcome = try await service.tick(at: instant, by: actor)
        let settings = try MailConfiguration.load(config: config, global: global)
        if let schedule = settings.checkpointSchedule {
            let keyFile = signing.file(database: global.databasePath, configured: settings.signingKeyFile)
            if let written = try await service.writeScheduledCheckpoint(schedule, keyFile: keyFile, by: actor)
            {
                Terminal.note("checkpoint written to \(written.path)")
            }
        }
        let fired = outcome.fired
        let moved = outcome.movedPartners
        if output.json {
            JSONOutput.print(try JSONOutput.encoded(fired.map(FiredDeadlineView.init)))
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
        if outcome.reminders > 0 {
            print(
                "\(outcome.reminders) reminder\(outcome.reminders == 1 ? "" : "s") of deadlines to send by e-mail"
            )
        }
        print("\(fired.count) deadline\(fired.count == 1 ? "" : "s") fired")
    }
}
