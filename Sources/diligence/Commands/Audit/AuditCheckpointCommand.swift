import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence audit checkpoint [--out FILE]`.
struct AuditCheckpointCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract:
            "Sign the log's head (its last event's number and hash, the time) with the installation's key.",
        discussion: """
            Writes a small JSON document for an auditor to keep away from this machine. Later, \
            `diligence audit verify --checkpoint FILE` proves today's log extends the one signed: a log \
            cut back and its records rewritten to match, which the hash chain alone cannot show, is \
            caught. The key is created on first need (see `diligence key`).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var signing: SigningKeyOptions
    @OptionGroup var acting: ActorOptions

    @Option(help: ArgumentHelp("Write the checkpoint to this file instead of stdout.", valueName: "file"))
    var out: String?

    func run() async throws {
        let service = try global.existingService()
        let checkpoint = try await service.checkpoint(
            signing.file(database: global.databasePath), by: try await acting.authenticateIfGiven(service))
        let text = checkpoint.json.prettyText + "\n"
        guard let out else { return print(text, terminator: "") }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure("\(out): cannot be written (\(error.localizedDescription))")
        }
        Terminal.note(
            "checkpoint of event \(checkpoint.seq) signed with key \(checkpoint.keyID), written to \(out)")
    }
}
