import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence user list [--unclaimed]`.
struct ListUsers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the accounts, or the actors of the log who have none (--unclaimed).",
        discussion: """
            --unclaimed lists the names a database made before accounts existed recorded as actors, with the \
            roles they acted in: create their accounts with `diligence user add NAME --role ROLE` to claim them.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "List the actors of the log who have no account.")
    var unclaimed = false

    func run() async throws {
        let definitions = try global.definitions()
        let service = try global.service(definitions: definitions, create: false)
        let actor = try await acting.authenticate(service)
        if unclaimed {
            let actors = try await service.unclaimedActors(by: actor)
            if output.json { return JSONOutput.print(try JSONOutput.encoded(actors)) }
            guard !actors.isEmpty else { return print("every actor of the log has an account") }
            var table = Table("ACTOR", "ACTED AS", "EVENTS", "LAST ACTED")
            for actor in actors {
                table.add(
                    actor.name, actor.roles.joined(separator: ", "), String(actor.events),
                    Timestamp.format(actor.lastActedAt))
            }
            print(table.text)
            return
        }
        let accounts = try await service.accounts(by: actor)
        if output.json { return JSONOutput.print(try JSONOutput.encoded(accounts)) }
        var table = Table("ACCOUNT", "NAME", "ROLES", "PARTNER OR SCOPE", "STATUS")
        for account in accounts {
            table.add(
                account.name, account.displayName, account.roles.joined(separator: ", "),
                account.partner
                    ?? (account.scope.isEmpty ? "every country" : account.scope.joined(separator: ",")),
                account.active ? "active" : "disabled")
        }
        print(table.text)
    }
}
