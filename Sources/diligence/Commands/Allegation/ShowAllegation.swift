import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence allegation show ID --as USER --role ROLE [--restricted] [--json]`.
struct ShowAllegation: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a case: only the fields your role may read.",
        discussion: """
            Restricted details are shown only with --restricted, to a role that may read them, with the \
            key file; the read is logged (`diligence audit reads`), and so is a refused attempt. Roles \
            that read aggregates only get the totals from `diligence allegation list`. A programme \
            officer sees the cases of the partners assigned to them (`diligence partner assign`).
            """)

    @OptionGroup var options: CaseOptions
    @OptionGroup var keys: KeyOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Also read the restricted details (logged).")
    var restricted = false

    func run() async throws {
        let (service, actor) = try await options.signedIn()
        // Every attempt at restricted details is logged, a refused one too.
        let view = try await service.allegationCase(
            options.id, restricted: restricted, keyFile: keys.file(database: service.store.path),
            command: "allegation show",
            by: actor)
        if output.json {
            JSONOutput.print(try JSONOutput.encoded(view))
        } else {
            print(AllegationText.lines(view).joined(separator: "\n"))
        }
    }
}
