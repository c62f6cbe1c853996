import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The account an administrator command concerns.
struct AccountArgument: ParsableArguments {
    @Argument(help: "The account name, such as amina.diallo.")
    var account: String
}

/// Prints an account after a change or for `user show`.
enum AccountPrinter {
    static func show(_ account: AccountView, json: Bool) throws {
        if json { return JSONOutput.print(try JSONOutput.encoded(account)) }
        print(
            """
            \(account.name): \(account.displayName)\(account.active ? "" : " (disabled)")
              roles: \(account.roles.joined(separator: ", "))
              e-mail: \(account.email ?? "(none)")
              \(account.partner.map { "partner: \($0)" } ?? "scope: " + (account.scope.isEmpty ? "every country" : account.scope.joined(separator: ", ")))
              created: \(Timestamp.format(account.createdAt))
            """)
    }
}

/// `diligence user show NAME`.
struct ShowUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an account.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var target: AccountArgument

    func run() async throws {
        let service = try global.service(definitions: try global.definitions(), create: false)
        let actor = try await acting.authenticate(service)
        try AccountPrinter.show(try await service.account(target.account, by: actor), json: output.json)
    }
}

/// `diligence user roles NAME --grant ROLE --revoke ROLE`.
struct UserRoles: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles", abstract: "Grant roles to an account or revoke them.",
        discussion: "Example: diligence user roles amina.diallo --grant psea_focal_point --as grace.otieno")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var target: AccountArgument

    @Option(help: ArgumentHelp("A role to grant (repeatable).", valueName: "role"))
    var grant: [String] = []

    @Option(help: ArgumentHelp("A role to revoke (repeatable).", valueName: "role"))
    var revoke: [String] = []

    func run() async throws {
        guard !grant.isEmpty || !revoke.isEmpty else {
            throw CommandFailure("say what changes: --grant ROLE or --revoke ROLE", exitCode: .usage)
        }
        let service = try global.service(definitions: try global.definitions(), create: false)
        let actor = try await acting.authenticate(service)
        var account = try await service.account(target.account, by: actor)
        if !grant.isEmpty { account = try await service.grant(grant, to: target.account, by: actor) }
        if !revoke.isEmpty { account = try await service.revoke(revoke, from: target.account, by: actor) }
        try AccountPrinter.show(account, json: output.json)
    }
}

/// `diligence user disable NAME`.
struct DisableUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable an account: it can no longer act. Its history stays.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions
    @OptionGroup var target: AccountArgument

    func run() async throws {
        let service = try global.service(definitions: try global.definitions(), create: false)
        let actor = try await acting.authenticate(service)
        let account = try await service.disable(target.account, by: actor)
        print("\(account.name): disabled")
    }
}

/// `diligence user enable NAME`.
struct EnableUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable", abstract: "Enable a disabled account again.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions
    @OptionGroup var target: AccountArgument

    func run() async throws {
        let service = try global.service(definitions: try global.definitions(), create: false)
        let actor = try await acting.authenticate(service)
        let account = try await service.enable(target.account, by: actor)
        print("\(account.name): enabled")
    }
}

/// `diligence user update NAME [--name] [--email] [--scope]`.
struct UpdateUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change an account's full name, e-mail address or scope.",
        discussion: "--email \"\" removes the address; --scope \"\" makes the scope every country.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var target: AccountArgument

    @Option(help: ArgumentHelp("The person's full name.", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("The e-mail address (empty removes it).", valueName: "address"))
    var email: String?

    @Option(
        help: ArgumentHelp(
            "The countries of the scope, such as KE,UG (empty: every country).", valueName: "codes"))
    var scope: String?

    func run() async throws {
        guard name != nil || email != nil || scope != nil else {
            throw CommandFailure("say what changes: --name, --email or --scope", exitCode: .usage)
        }
        let service = try global.service(definitions: try global.definitions(), create: false)
        let actor = try await acting.authenticate(service)
        let account = try await service.update(
            target.account, displayName: name, email: email,
            scope: scope.map { $0.isEmpty ? [] : [$0] }, by: actor)
        try AccountPrinter.show(account, json: output.json)
    }
}
