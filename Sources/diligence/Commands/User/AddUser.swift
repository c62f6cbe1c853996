import ArgumentParser
import DiligenceApp
import Foundation

/// `diligence user add NAME --role ROLE ...`.
struct AddUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create an account.",
        discussion: """
            Example: diligence user add amina.diallo --name "Amina Diallo" --email amina.diallo@example.org \
            --role programme_officer --scope KE --as diligence.admin. While no account exists, the first one needs \
            no --as and must hold a role that manages accounts (or use `diligence init --admin NAME`).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions
    @OptionGroup var output: OutputOptions

    @Argument(
        help: "The account name: lower-case letters, digits, \".\", \"_\", \"-\" (such as amina.diallo).")
    var account: String

    @Option(help: ArgumentHelp("The person's full name (default: the account name).", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("The person's e-mail address.", valueName: "address"))
    var email: String?

    @Option(
        name: .customLong("role"),
        help: ArgumentHelp(
            "A role the account holds (repeatable), as declared in the roles file.", valueName: "role"))
    var roles: [String] = []

    @Option(help: ArgumentHelp("For a partner's staff: the partner, such as P-0001.", valueName: "partner"))
    var partner: String?

    @Option(
        help: ArgumentHelp(
            "For UN staff: the countries whose partners they work on, such as KE,UG (default: every country).",
            valueName: "codes"))
    var scope: [String] = []

    func run() async throws {
        let definitions = try global.definitions()
        guard !roles.isEmpty else {
            throw CommandFailure("give the account at least one role: --role ROLE", exitCode: .usage)
        }
        let service = try global.service(definitions: definitions, create: true)
        let request = NewAccount(
            name: account, displayName: name, email: email, roles: roles, partner: partner, scope: scope)
        let actor = try await service.hasAccounts() ? try await acting.authenticate(service) : nil
        let created = try await service.addAccount(request, by: actor)
        if output.json {
            JSONOutput.print(try JSONOutput.encoded(created))
        } else {
            print("\(created.name): account created; holds \(created.roles.joined(separator: ", "))")
        }
    }
}
