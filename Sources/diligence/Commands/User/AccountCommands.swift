import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// What every administrator command on one account takes: the database and definitions, the
/// acting administrator and the account concerned.
struct AccountCall: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions

    @Argument(help: "The account name, such as amina.diallo.")
    var account: String

    /// Opens the layer, checks the administrator and runs `body` with them.
    func run(_ body: (DiligenceService, AuthenticatedActor) async throws -> Void) async throws {
        let service = try global.existingService()
        try await body(service, try await acting.authenticate(service))
    }
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

    @OptionGroup var call: AccountCall
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await call.run { service, actor in
            try AccountPrinter.show(try await service.account(call.account, by: actor), json: output.json)
        }
    }
}

/// `diligence user roles NAME --grant ROLE --revoke ROLE`.
struct UserRoles: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles", abstract: "Grant roles to an account or revoke them.",
        discussion: "Example: diligence user roles amina.diallo --grant psea_focal_point --as diligence.admin"
    )

    @OptionGroup var call: AccountCall
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("A role to grant (repeatable).", valueName: "role"))
    var grant: [String] = []

    @Option(help: ArgumentHelp("A role to revoke (repeatable).", valueName: "role"))
    var revoke: [String] = []

    func run() async throws {
        guard !grant.isEmpty || !revoke.isEmpty else {
            throw CommandFailure("say what changes: --grant ROLE or --revoke ROLE", exitCode: .usage)
        }
        try await call.run { service, actor in
            var account = try await service.account(call.account, by: actor)
            if !grant.isEmpty { account = try await service.grant(grant, to: call.account, by: actor) }
            if !revoke.isEmpty { account = try await service.revoke(revoke, from: call.account, by: actor) }
            try AccountPrinter.show(account, json: output.json)
        }
    }
}

/// `user disable` and `user enable`: an account switched off, or on again.
protocol AccountSwitchCommand: AsyncParsableCommand {
    /// Whether the command enables the account (else it disables it).
    static var enables: Bool { get }
    /// The administrator and the account.
    var call: AccountCall { get }
}

extension AccountSwitchCommand {
    func run() async throws {
        try await call.run { service, actor in
            let account =
                Self.enables
                ? try await service.enable(call.account, by: actor)
                : try await service.disable(call.account, by: actor)
            print("\(account.name): \(Self.enables ? "enabled" : "disabled")")
        }
    }
}

/// `diligence user disable NAME`.
struct DisableUser: AccountSwitchCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable an account: it can no longer act. Its history stays.")
    static let enables = false

    @OptionGroup var call: AccountCall
}

/// `diligence user enable NAME`.
struct EnableUser: AccountSwitchCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable", abstract: "Enable a disabled account again.")
    static let enables = true

    @OptionGroup var call: AccountCall
}

/// `diligence user update NAME [--name] [--email] [--scope]`.
struct UpdateUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change an account's full name, e-mail address or scope.",
        discussion: "--email \"\" removes the address; --scope \"\" makes the scope every country.")

    @OptionGroup var call: AccountCall
    @OptionGroup var output: OutputOptions

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
        try await call.run { service, actor in
            let account = try await service.update(
                call.account, displayName: name, email: email, scope: scope.map { $0.isEmpty ? [] : [$0] },
                by: actor)
            try AccountPrinter.show(account, json: output.json)
        }
    }
}
