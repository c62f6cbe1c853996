import ArgumentParser
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence allegation show ID --as USER --role ROLE [--restricted] [--json]`.
struct ShowAllegation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a case: only the fields your role may read.",
        discussion: """
            Restricted details are shown only with --restricted, to a role that may read them, with the \
            key file; the read is logged (`diligence audit reads`). Roles that read aggregates only get \
            the totals from `diligence allegation list`.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var keys: KeyOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The case id, such as G-0001.")
    var id: String

    @Flag(help: "Also read the restricted details (logged).")
    var restricted = false

    func run() throws {
        let definitions = try global.definitions()
        let actor = try acting.actor()
        let confidentiality = definitions.confidentiality
        guard !confidentiality.classes(readBy: actor.role).isEmpty else {
            throw CommandFailure(
                "the role \(actor.role) reads no allegation data (Assessments/allegation-confidentiality.yaml)"
            )
        }
        guard confidentiality.role(actor.role, reads: .case) else {
            throw CommandFailure(
                StoreError.caseRefused(role: actor.role, readers: confidentiality.roles(reading: .case))
                    .explanation)
        }
        if restricted, !confidentiality.role(actor.role, reads: .restricted) {
            throw CommandFailure(
                StoreError.restrictedRefused(
                    role: actor.role, readers: confidentiality.roles(reading: .restricted)
                )
                .explanation)
        }
        let store = try global.store(create: false)
        var entry = try storeCall { try store.allegationCase(id) }
        if restricted {
            let (key, path) = try keys.keyForReading(database: store.path)
            entry = try storeCall {
                try store.readRestricted(
                    id, actor: actor, key: key, keyPath: path, command: "allegation show",
                    confidentiality: confidentiality, now: Date())
            }
        }
        let view = AllegationView(entry: entry, role: actor.role, confidentiality: confidentiality)
        if output.json {
            JSONOutput.print(view.json)
        } else {
            print(view.lines.joined(separator: "\n"))
        }
    }
}
