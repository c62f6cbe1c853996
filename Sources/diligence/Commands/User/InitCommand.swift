import ArgumentParser
import DiligenceApp
import Foundation

/// `diligence init --admin NAME`: sets up a new database with its first administrator.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Set up a new database with its first administrator account.",
        discussion: """
            Creates the database (readable by its owner only) and the first account, which holds every role \
            that manages accounts (administrator in the shipped roles file). That account then creates the \
            others with `diligence user add`. Refused once any account exists. Example: diligence init --admin \
            grace.otieno --name "Grace Otieno" --email grace.otieno@example.org
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp("The administrator's account name, such as grace.otieno.", valueName: "account"))
    var admin: String

    @Option(
        help: ArgumentHelp("The administrator's full name (default: the account name).", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("The administrator's e-mail address.", valueName: "address"))
    var email: String?

    @Flag(
        help:
            "Make a database for a demonstration or a test: `tick --now` may then run ahead of the real clock."
    )
    var simulatedClock = false

    func run() async throws {
        let definitions = try global.definitions()
        let service = try global.service(definitions: definitions, create: true)
        let account = try await service.initialise(
            administrator: NewAccount(name: admin, displayName: name, email: email, roles: []),
            simulatedClock: simulatedClock)
        print(
            "\(service.store.path): ready; the administrator \(account.name) holds \(account.roles.joined(separator: ", "))"
        )
    }
}
