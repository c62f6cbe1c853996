import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Logging

/// Runs the command line and maps every outcome to the documented exit codes:
/// 0 ok, 1 refused or failed, 2 usage, 3 invalid definitions.
@main
enum EntryPoint {
    static func main() async {
        let level =
            ProcessInfo.processInfo.environment["DILIGENCE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
            ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        do {
            var command = try Diligence.parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let refusal as DiligenceError {
            Terminal.error(CLIMessages.text(refusal), prefix: true)
            exit(CLIMessages.exitCode(refusal).rawValue)
        } catch let failure as SigningError {
            Terminal.error(SigningMessages.text(failure), prefix: true)
            exit(ExitCode.failure.rawValue)
        } catch let failure as StoreError {
            Terminal.error(StoreErrorMessages.text(failure), prefix: true)
            exit(ExitCode.failure.rawValue)
        } catch let failure as CommandFailure {
            Terminal.error(failure.message, prefix: failure.isPrefixed)
            exit(failure.exitCode.rawValue)
        } catch {
            let code = Diligence.exitCode(for: error)
            if code == .success {
                Diligence.exit(withError: error)
            }
            Terminal.error(Diligence.fullMessage(for: error), prefix: false)
            exit(code == .validationFailure ? ExitCode.usage.rawValue : ExitCode.failure.rawValue)
        }
    }
}

/// `diligence`: the root command.
struct Diligence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diligence",
        abstract: "Runs implementing partners through PSEA due diligence as a declarative workflow.",
        discussion: """
            Definitions are read from Workflows/ and Assessments/ (or --workflows/--assessments) and \
            checked before anything runs. Records live in a SQLite file (--db, $DILIGENCE_DB, \
            default diligence.sqlite). Commands that change records need --as ACCOUNT, an account an \
            administrator created (`diligence user add`), and --role ROLE when it holds several \
            (or $DILIGENCE_USER and $DILIGENCE_ROLE). A new database starts with \
            `diligence init --admin NAME`.

            Exit codes: 0 ok, 1 refused or failed (the reason is on stderr), 2 usage, 3 invalid definitions.
            """,
        version: "0.1.0",
        subcommands: [
            ServeCommand.self, CheckCommand.self, InitCommand.self, UserCommand.self, DemoCommand.self,
            BackupCommand.self, MigrateStoreCommand.self, PartnerCommand.self,
            SendCommand.self, HistoryCommand.self,
            TickCommand.self, AuditCommand.self, DiagramCommand.self, AssessmentCommand.self,
            AgreementCommand.self,
            FlagCommand.self, TrainingCommand.self, AllegationCommand.self, DeliverCommand.self,
            NotificationsCommand.self, KeyCommand.self,
        ]
    )
}

extension ExitCode {
    /// A usage error.
    static let usage = ExitCode(2)
    /// The definitions did not pass validation.
    static let invalidDefinitions = ExitCode(3)
}

/// A failure to report on stderr with its exit code.
struct CommandFailure: Error {
    var message: String
    var exitCode: ExitCode
    /// False when the message already says what it is, such as `file:line:column: error: ...` lines.
    var isPrefixed: Bool

    init(_ message: String, exitCode: ExitCode = .failure, prefixed: Bool = true) {
        self.message = message
        self.exitCode = exitCode
        self.isPrefixed = prefixed
    }
}
