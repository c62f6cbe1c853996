import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceImport
import DiligenceStore
import Foundation

/// `diligence assessment export ID [--entity NAME] [--output FILE]`.
struct ExportAssessment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a final assessment as a portable JSON document another UN entity can import.",
        discussion: """
            The document holds the questionnaire's id, version and hash, the partner's answers and \
            evidence references, the UN ratings and notes, the plan, the determinations with their \
            dates and the assessing entity, a hash over its canonical form and the installation's \
            Ed25519 signature of it (the key is created on first need): an altered document is refused \
            on import, even with its hash recomputed. The importing installation must trust this one's \
            public key (`diligence key show --public` here, `diligence key trust` there). The format is \
            described in docs/json-output.md and the keys in docs/log-and-audit.md.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var signing: SigningKeyOptions

    @Argument(help: "The assessment id, such as A-0001.")
    var id: String

    @Option(
        help: ArgumentHelp(
            "The UN entity that made the assessment (not needed for one accepted from another entity).",
            valueName: "name"))
    var entity: String?

    @Option(help: ArgumentHelp("Write the document to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run() async throws {
        let service = try global.existingService()
        let export = try await service.exportAssessment(
            id, entity: entity, keyFile: signing.file(database: global.databasePath),
            by: try await acting.authenticateIfGiven(service))
        let text = export.json.prettyText + "\n"
        guard let output else {
            // JSON's own escapes for the controls JSON leaves raw: the same document.
            Swift.print(JSONOutput.terminalSafe(text), terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure("\(output): cannot be written (\(error.localizedDescription))")
        }
        Terminal.note("\(id) written to \(output)")
    }
}

/// `diligence assessment import FILE --partner ID`.
struct ImportAssessment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record an assessment exported by another UN entity for a partner; prints the new id.",
        discussion: """
            The assessment is accepted in its final state, pinned to the questionnaire here. It is \
            refused when the questionnaire is unknown here or its version differs, when the document \
            was altered (its hash or its signature does not match), when it is signed by a key not \
            trusted here (`diligence key trust`), when its determination does not follow from its \
            ratings or has expired, or when the same document was already accepted for the partner.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The exported JSON document.")
    var file: String

    @Option(help: ArgumentHelp("The partner here the assessment is recorded for.", valueName: "id"))
    var partner: String

    /// The largest document read (bytes).
    func run() async throws {
        let data = try CommandFile.read(file, maxBytes: DiligenceService.assessmentExportLimit) { _ in
            "is larger than \(DiligenceService.assessmentExportLimit / 1_000_000) MB; it is not an assessment export"
        }
        let (service, actor) = try await acting.signedIn(global: global)
        let id: String
        do {
            id = try await service.importAssessment(data, partner: partner, by: actor)
        } catch let error as DiligenceError where error.field == .assessmentExport {
            throw CommandFailure("\(file): \(CLIMessages.text(error))")
        } catch let error as AssessmentExportError {
            throw CommandFailure("\(file): \(CoreErrorMessages.text(error))")
        } catch let error as SigningError {
            throw CommandFailure("\(file): \(SigningMessages.text(error))")
        }
        print(id)
    }
}
