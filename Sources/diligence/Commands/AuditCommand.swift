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
            VerifyCommand.self, AuditCheckpointCommand.self, AuditLogCommand.self, AuditReadsCommand.self,
            AuditRiskCommand.self,
            AuditIndicatorsCommand.self,
        ])
}

/// `diligence audit verify`.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove the log's hash chain unbroken and every snapshot equal to a replay of the log.",
        discussion: """
            Exit 0 when intact; 1 with the first broken or mismatching row otherwise. With \
            --checkpoint FILE (written by `diligence audit checkpoint`), also proves the log extends \
            the one the checkpoint signed: its signature by one of this installation's keys, and the \
            event at its position with its hash.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("A checkpoint the log must extend.", valueName: "file"))
    var checkpoint: String?

    func run() async throws {
        let service = try global.existingService()
        // A long log takes a while: its progress on a terminal, cleared before the result.
        let shown = ImportProgress(enabled: !output.json && Terminal.isErrorInteractive)
        defer { shown.clear() }
        let progress = { (checked: Int, total: Int) in
            shown.show("verifying the log", done: checked, of: total)
        }
        var anchored: CheckpointVerification?
        if let checkpoint {
            let data = try CommandFile.read(checkpoint, maxBytes: LogCheckpoint.sizeLimit) { _ in
                "is larger than \(LogCheckpoint.sizeLimit / 1024) KB; it is not a checkpoint"
            }
            do {
                anchored = try await service.verifyCheckpoint(data, progress: progress)
            } catch let error as SigningError {
                throw CommandFailure("\(checkpoint): \(SigningMessages.text(error))")
            }
        }
        let report: AuditReport
        if let anchored {
            report = anchored.report
        } else {
            report = try await service.verifyLog(progress: progress)
        }
        shown.clear()
        if output.json {
            JSONOutput.print(
                try JSONOutput.encoded(AuditReportView(report, checkpoint: anchored?.checkpoint)))
        } else if report.isIntact {
            print(
                "the log is intact: \(report.eventsChecked) events chained, \(report.recordsChecked) records equal their replay"
            )
            if let anchored {
                let signed = anchored.checkpoint
                let retired = anchored.key.status == .retired ? ", since retired" : ""
                print(
                    "it extends the checkpoint of \(Timestamp.format(signed.signedAt)) (event \(signed.seq), key \(signed.keyID)\(retired)): \(anchored.logSeq - signed.seq) events since"
                )
            }
        }
        if let first = report.problems.first {
            throw CommandFailure("the log is not intact: \(first)")
        }
    }
}
