import ArgumentParser
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

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var keys: KeyOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The case id, such as G-0001.")
    var id: String

    @Flag(help: "Also read the restricted details (logged).")
    var restricted = false

    func run() async throws {
        let definitions = try global.definitions()
        let actor = try await acting.actor(global: global, definitions: definitions)
        let confidentiality = definitions.confidentiality
        if restricted {
            // Every attempt at restricted details is logged, a refused one too (the store does it).
            let store = try global.store(create: false)
            let entry = try storeCall {
                try store.readRestricted(
                    id, actor: actor, keyFile: keys.file(database: store.path), command: "allegation show",
                    confidentiality: confidentiality, now: Date())
            }
            show(entry, role: actor.role, confidentiality: confidentiality)
            return
        }
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
        let store = try global.store(create: false)
        let entry = try storeCall { try store.allegationCase(id) }
        try storeCall { try store.checkCaseScope(entry, actor: actor, confidentiality: confidentiality) }
        show(entry, role: actor.role, confidentiality: confidentiality)
    }

    private func show(_ entry: AllegationCase, role: String, confidentiality: AllegationConfidentiality) {
        let view = AllegationView(entry: entry, role: role, confidentiality: confidentiality)
        if output.json {
            JSONOutput.print(view.json)
        } else {
            print(view.lines.joined(separator: "\n"))
        }
    }
}
