import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceImport
import DiligenceStore
import Foundation

/// `diligence agreement import PARTNER FILE` and `diligence agreement import --agreement ID FILE`.
struct ImportAgreement: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a partner agreement (or a new version of one) and print the clauses found.",
        discussion: """
            Prints one line per clause of the catalogue (present, partial or absent, where, and the \
            passage), then the agreement's id. With --agreement the file is a new version of that \
            agreement (after an amendment was requested); its clauses are reviewed afresh. A file \
            that cannot be read safely (not well-formed, over the size limit, entities that expand, a \
            damaged or oversized .docx) is refused with the reason and nothing is recorded.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var output: OutputOptions

    @Argument(
        help: ArgumentHelp(
            "PARTNER FILE (a new agreement), or FILE with --agreement.", valueName: "partner file"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Add the file as a new version of this agreement.", valueName: "id"))
    var agreement: String?

    @Option(help: ArgumentHelp("auto (by content), xml, html, docx or pdf.", valueName: "format"))
    var format: String = "auto"

    @Option(
        name: .customLong("max-size"),
        help: ArgumentHelp("The largest file accepted, in MB (default 50).", valueName: "MB"))
    var maxSize: Int = 50

    func validate() throws {
        if agreement == nil, inputs.count != 2 {
            throw ValidationError("give the partner and the file: agreement import P-0001 agreement.docx")
        }
        if agreement != nil, inputs.count != 1 {
            throw ValidationError(
                "with --agreement give only the file: agreement import --agreement AG-0001 FILE")
        }
        guard ImportFormat(rawValue: format) != nil else {
            throw ValidationError("--format: \"\(format)\" is not a format; use auto, xml, html, docx or pdf")
        }
        guard (1...2_000).contains(maxSize) else {
            throw ValidationError("--max-size: give a size in MB from 1 to 2000")
        }
    }

    func run() async throws {
        let (service, actor) = try await acting.signedIn(global: global)
        let file = URL(fileURLWithPath: inputs[inputs.count - 1])
        let progress = ImportProgress(enabled: !output.json && Terminal.isErrorInteractive)
        var limits = ImportLimits.standard
        limits.maxDocumentBytes = maxSize * 1_000_000
        let intake: AgreementIntake
        do {
            intake = try await service.importAgreement(
                file: file, format: ImportFormat(rawValue: format) ?? .auto, limits: limits,
                partner: agreement == nil ? inputs[0] : nil, newVersionOf: agreement,
                progress: { phase in
                    switch phase {
                    case .reading(let done, let size):
                        progress.show("reading \(file.lastPathComponent)", done: done, of: size)
                    case .detecting(let paragraphs, let done):
                        progress.show(
                            "finding the PSEA clauses in \(ImportProgress.grouped(paragraphs)) paragraphs",
                            done: done,
                            of: paragraphs)
                    case .recording:
                        progress.show("recording")
                    }
                }, by: actor)
        } catch let error as ImportError {
            progress.clear()
            throw CommandFailure("\(error); nothing was recorded")
        } catch {
            progress.clear()
            throw error
        }
        progress.clear()
        if output.json {
            JSONOutput.print(try JSONOutput.encoded(AgreementImportView(intake.entry)))
        } else {
            let view = AgreementText(entry: intake.entry, version: nil)
            print(view.findingsTable)
            print("language: \(intake.language)")
            print(view.importSummary)
        }
    }
}
