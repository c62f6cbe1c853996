import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence agreement show ID [--version N] [--json]`.
struct ShowAgreement: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show an agreement: each clause's finding with why it was made, procurement's decisions, and its versions."
    )

    @OptionGroup var options: ReadOptions

    @Argument(help: "The agreement id, such as AG-0001.")
    var id: String

    @Option(help: ArgumentHelp("Show this version's findings (default: the current one).", valueName: "N"))
    var version: Int?

    func run() async throws {
        let definitions = try options.global.definitions()
        let service = try options.global.service(definitions: definitions, create: false)
        let entry = try await service.agreement(id, by: try await options.acting.authenticateIfGiven(service))
        if let version, entry.record.version(version) == nil {
            let count = entry.record.versions.count
            throw CommandFailure(
                "--version: \(id) has no version \(version); it has \(count == 1 ? "version 1 only" : "versions 1 to \(count)")"
            )
        }
        if options.output.json {
            JSONOutput.print(try JSONOutput.encoded(AgreementDetailView(entry, version: version)))
        } else {
            let text = AgreementText(
                entry: entry, version: version, workflow: definitions.workflows[entry.instance.workflow])
            print(text.lines.joined(separator: "\n"))
        }
    }
}
