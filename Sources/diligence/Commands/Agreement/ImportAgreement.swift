import ArgumentParser
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
        let definitions = try global.definitions()
        let actor = try await acting.actor(
            global: global, definitions: definitions, on: agreement ?? inputs.first)
        let catalogue = try storeCall { try DiligenceStore.loadedCatalogue(definitions) }
        if agreement == nil {
            _ = try storeCall {
                try DiligenceStore.checkAgreementImport(nil, actor: actor, definitions: definitions)
            }
        }
        let store = try global.store(create: false)
        let file = URL(fileURLWithPath: inputs[inputs.count - 1])
        let progress = ImportProgress(enabled: !output.json && Terminal.isErrorInteractive)
        progress.show("reading \(file.lastPathComponent)")
        var limits = ImportLimits.standard
        limits.maxDocumentBytes = maxSize * 1_000_000
        let document: AgreementDocument
        do {
            document = try AgreementImporter(limits: limits).importFile(
                at: file, format: ImportFormat(rawValue: format) ?? .auto
            ) { read, size in
                progress.show("reading \(file.lastPathComponent)", done: read, of: size)
            }
        } catch {
            progress.clear()
            throw CommandFailure("\(error); nothing was recorded")
        }
        let phase =
            "finding the PSEA clauses in \(ImportProgress.grouped(document.paragraphs.count)) paragraphs"
        progress.show(phase)
        let findings = ClauseDetector(catalogue: catalogue).findings(in: document) { done, total in
            progress.show(phase, done: done, of: total)
        }
        let imported = ImportedAgreement(
            fileName: file.lastPathComponent, format: document.format, contentHash: document.contentHash,
            catalogue: CatalogueReference(catalogue), findings: findings)
        progress.show("recording")
        let id: String
        do {
            if let agreement {
                _ = try storeCall {
                    try store.changeAgreement(
                        id: agreement, change: .addVersion(imported), actor: actor, definitions: definitions,
                        now: Date())
                }
                id = agreement
            } else {
                id = try storeCall {
                    try store.importAgreement(
                        partner: inputs[0], imported: imported, actor: actor, definitions: definitions,
                        now: Date())
                }
            }
        } catch {
            progress.clear()
            throw error
        }
        progress.clear()
        let entry = try storeCall { try store.agreement(id) }
        let view = AgreementView(entry: entry, version: nil)
        if output.json {
            JSONOutput.print(view.importJSON)
        } else {
            print(view.findingsTable)
            print("language: \(AgreementLanguage.detect(document))")
            print(view.importSummary)
        }
    }
}
