import ArgumentParser
import DiligenceApp
import DiligencePostgres
import DiligenceServer
import DiligenceStore
import Foundation
import Logging

/// `diligence serve`: the web application.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web application: sign-in, my work, partners and their lifecycles.",
        discussion: """
            Serves the database of --db (or the configuration's database, $DILIGENCE_DB, diligence.sqlite) \
            on http://127.0.0.1:8080 until Ctrl-C, which lets requests in flight finish. Users sign in \
            with the accounts an administrator made (`diligence user add`) and the passwords set with \
            `diligence user password NAME`.

            Settings come from --config FILE (else diligence.yaml when it exists), then the environment, \
            then these options: server.host, server.port, server.public_url (https makes cookies Secure), \
            database, key_file, sessions.idle_minutes (30), sign_in.bcrypt_cost (12), \
            sign_in.account_free_failures (5), sign_in.account_max_delay_seconds (30), \
            sign_in.address_free_failures (20), sign_in.address_max_delay_seconds (900). In the \
            environment, server.port is DILIGENCE_SERVER_PORT, and so on. See docs/server.md.

            --demo serves a new demonstration database (diligence-demo.sqlite, the portfolio of \
            `diligence demo`) and prints its accounts with a password for each.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Serve a new demonstration portfolio and print its accounts and passwords.")
    var demo = false

    @Option(help: ArgumentHelp("The configuration file (YAML).", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("The address to listen on (default 127.0.0.1).", valueName: "host"))
    var host: String?

    @Option(
        help: ArgumentHelp("The port to listen on (default 8080; 0 picks a free one).", valueName: "port"))
    var port: Int?

    func run() async throws {
        var settings = try loadSettings()
        let definitions = try global.definitions()
        if demo {
            let (path, keyPath) = try DemoCommand.prepareFile(given: global.db)
            settings.database = path
            settings.keyFile = keyPath
            say("Building the demonstration portfolio in \(path) ...")
            _ = try await Narration.$isQuiet.withValue(true) {
                try await DemoCommand.build(path: path, keyPath: keyPath, definitions: definitions)
            }
        }
        let store = try storeCall {
            try StoreOpening.open(settings.database, create: false, logger: Logger(label: "diligence"))
        }
        let service = DiligenceService(store: store, definitions: definitions)
        if demo { try await Self.printDemoAccounts(service, settings: settings) }
        var logger = Logger(label: "diligence.serve")
        logger.logLevel =
            ProcessInfo.processInfo.environment["DILIGENCE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
            ?? .info
        let database = settings.database
        let mail = try MailDeliveryTask.start(service: service, settings: settings, logger: logger)
        let checkpoints = CheckpointTask.start(service: service, settings: settings, logger: logger)
        try await WebServer.run(service: service, settings: settings, logger: logger) { address in
            say("diligence is serving \(database) at \(address) (Ctrl-C stops it)")
        }
        mail?.cancel()
        checkpoints?.cancel()
        say("diligence stopped; the database is closed")
    }

    /// The settings: the configuration file and environment, then the options.
    private func loadSettings() throws -> ServerSettings {
        var settings = try MailConfiguration.load(config: config, global: global)
        if let host { settings.host = host }
        if let port {
            guard (0...65535).contains(port) else {
                throw CommandFailure(
                    "--port \(port) is not a port; give a number from 0 to 65535", exitCode: .usage)
            }
            settings.port = port
        }
        try Self.requireNamedKeyFiles(settings)
        return settings
    }

    /// A PostgreSQL database has no folder to keep the key files beside, and every server sharing
    /// it needs the same ones: a server on it starts only with both named.
    private static func requireNamedKeyFiles(_ settings: ServerSettings) throws {
        guard PostgresLocation.isPostgresURL(settings.database) else { return }
        let missing = [
            settings.keyFile == nil ? "key_file (DILIGENCE_KEY_FILE)" : nil,
            settings.signingKeyFile == nil ? "signing_key_file (DILIGENCE_SIGNING_KEY_FILE)" : nil,
        ].compactMap { $0 }
        guard !missing.isEmpty else { return }
        throw CommandFailure(
            "\(settings.database) is a PostgreSQL database, which has no folder to keep the key files beside: set "
                + missing.joined(separator: " and ")
                + " in the configuration file, the same files on every server sharing the database (docs/postgresql.md)"
        )
    }

    /// Gives each demo account a new random password and prints them.
    private static func printDemoAccounts(_ service: DiligenceService, settings: ServerSettings) async throws
    {
        let administrator = try await service.authenticate(DemoScript.administrator.name, role: nil)
        let accounts = try await service.accounts(by: administrator)
        say("Demo accounts (each with a new password; sign in at the address below):")
        let width = accounts.map(\.name.count).max() ?? 0
        for account in accounts {
            let password = DemoPassword.make()
            try await service.resetPassword(
                of: account.name, to: password, by: administrator, settings: settings.signIn,
                mustChange: false)
            let roles = account.roles.joined(separator: ", ")
            let partner = account.partner.map { " of \($0)" } ?? ""
            say(
                "  \(account.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(password)  \(roles)\(partner)"
            )
        }
    }
}

/// Writes a line to standard output at once (a program reading the server's output, such as
/// a test, sees it while the server runs).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Passwords for a demonstration's accounts: 16 random letters and digits in groups of four.
enum DemoPassword {
    static func make() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: 16, by: 4).map { String(letters[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
