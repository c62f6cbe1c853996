import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence audit`: checks of the log.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the event log and the records built from it.",
        subcommands: [
            VerifyCommand.self, AuditLogCommand.self, AuditReadsCommand.self, AuditRiskCommand.self,
            AuditIndicatorsCommand.self,
        ])
}

/// `diligence audit verify`.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove the log's hash chain unbroken and every snapshot equal to a replay of the log.",
        discussion: "Exit 0 when intact; 1 with the first broken or mismatching row otherwise.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let report = try await global.service(definitions: try global.definitions(), create: false)
            .verifyLog()
        if output.json {
            JSONOutput.print(try JSONOutput.encoded(AuditReportView(report)))
        } else if report.isIntact {
            print(
                "the log is intact: \(report.eventsChecked) events chained, \(report.recordsChecked) records equal their replay"
            )
        }
        if let first = report.problems.first {
            throw CommandFailure("the log is not intact: \(first)")
        }
    }
}
