import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligencePostgres
import DiligenceStore
import Foundation
import Logging

/// Options every command takes: where the database and the definition folders are.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database: a SQLite file, or postgres://user@host:port/name with the password in $PGPASSWORD or $DILIGENCE_DB_PASSWORD_FILE (default $DILIGENCE_DB, else diligence.sqlite).",
            valueName: "path-or-url"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The folder of workflow definitions.", valueName: "dir"))
    var workflows: String = "Workflows"

    @Option(
        name: .long,
        help: ArgumentHelp("The folder of questionnaires, scoring models and rules.", valueName: "dir"))
    var assessments: String = "Assessments"

    /// The database path: --db, then $DILIGENCE_DB, then diligence.sqlite.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["DILIGENCE_DB"], !fromEnvironment.isEmpty
        {
            return fromEnvironment
        }
        return "diligence.sqlite"
    }

    /// Loads and validates the definitions; any error stops the command with exit code 3.
    func definitions() throws -> DefinitionSet {
        let set = DefinitionDirectory.load(
            workflows: URL(fileURLWithPath: workflows), assessments: URL(fileURLWithPath: assessments))
        guard set.report.isValid else {
            let lines = set.report.sorted.errors.map {
                "\($0.location): error: \(DefinitionMessages.text($0))"
            }
            throw CommandFailure(
                lines.joined(separator: "\n")
                    + "\n\(lines.count) error\(lines.count == 1 ? "" : "s") in the definitions; nothing was run",
                exitCode: .invalidDefinitions, prefixed: false)
        }
        return set
    }

    /// Opens the database; read-only commands pass `create: false` so a mistyped path is not
    /// silently created.
    func store(create: Bool) throws -> DiligenceStore {
        do {
            return try StoreOpening.open(databasePath, create: create, logger: Logger(label: "diligence"))
        } catch {
            throw CommandFailure(StoreErrorMessages.text(error))
        }
    }
}

/// Who is acting: every command that changes records takes it, the application layer checks it
/// against the accounts, and the log records it.
struct ActorOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "The acting account, one an administrator created (default $DILIGENCE_USER).",
            valueName: "account"))
    var user: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The role you act in, one your account holds; needed when it holds several (default $DILIGENCE_ROLE).",
            valueName: "role"))
    var role: String?

    /// The account and role, from the options or the environment.
    private var given: (user: String?, role: String?) { Self.given(user: user, role: role) }

    /// `user` and `role`, each else its environment variable.
    static func given(user: String?, role: String?) -> (user: String?, role: String?) {
        let environment = ProcessInfo.processInfo.environment
        let user = [user, environment["DILIGENCE_USER"]].compactMap { $0 }.first { !$0.isEmpty }
        let role = [role, environment["DILIGENCE_ROLE"]].compactMap { $0 }.first { !$0.isEmpty }
        return (user, role)
    }

    /// The checked account and role: an active account that holds the role.
    func authenticate(_ service: DiligenceService) async throws -> AuthenticatedActor {
        try await service.authenticate(given.user, role: given.role)
    }

    /// The application layer over the database and the checked account and role, in that order
    /// after the definitions (invalid definitions are told first).
    func signedIn(global: GlobalOptions) async throws -> (
        service: DiligenceService, actor: AuthenticatedActor
    ) {
        let service = try global.existingService()
        return (service, try await authenticate(service))
    }

    /// The checked account and role when a user or a role is given (options or environment),
    /// for read commands that show more to a role that may read it; `nil` when neither is.
    func authenticateIfGiven(_ service: DiligenceService) async throws -> AuthenticatedActor? {
        let given = self.given
        guard given.user != nil || given.role != nil else { return nil }
        return try await authenticate(service)
    }

}

/// Who is acting in the administrator's `user` commands, whose own `--role` names the roles an
/// account holds: the acting role is `--acting-role` there.
struct AdministratorOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "The acting administrator's account (default $DILIGENCE_USER).", valueName: "account"))
    var user: String?

    @Option(
        name: .customLong("acting-role"),
        help: ArgumentHelp(
            "The role you act in, when your account holds several (default $DILIGENCE_ROLE).",
            valueName: "role"))
    var role: String?

    /// The checked administrator.
    func authenticate(_ service: DiligenceService) async throws -> AuthenticatedActor {
        let given = ActorOptions.given(user: user, role: role)
        return try await service.authenticate(given.user, role: given.role)
    }
}

/// `--json` for read commands.
struct OutputOptions: ParsableArguments {
    @Flag(
        name: .long, help: "Print JSON (a stable shape, documented in docs/json-output.md) instead of text.")
    var json = false
}

extension GlobalOptions {
    /// The application layer over the database (opened as ``store(create:)`` does).
    func service(definitions: DefinitionSet, create: Bool) throws -> DiligenceService {
        DiligenceService(store: try store(create: create), definitions: definitions)
    }

    /// The application layer over the database, which must exist, with the definitions loaded
    /// and checked first (invalid definitions are told before a missing database).
    func existingService() throws -> DiligenceService {
        try service(definitions: try definitions(), create: false)
    }
}

/// The options of a command that reads: the global options, who reads (optional: a role that may
/// read more is shown more) and `--json`.
struct ReadOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions
    @OptionGroup var output: OutputOptions

    /// The application layer over the database (which must exist), and the checked reader when a
    /// user or a role is given.
    func reader() async throws -> (service: DiligenceService, actor: AuthenticatedActor?) {
        let service = try global.existingService()
        return (service, try await acting.authenticateIfGiven(service))
    }
}

/// Runs a store call, turning its error into a failure line.
func storeCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        throw CommandFailure(StoreErrorMessages.text(error))
    }
}

/// The option groups of a command that changes records: the global options and who acts.
protocol ActingCommandOptions {
    var global: GlobalOptions { get }
    var acting: ActorOptions { get }
}

extension ActingCommandOptions {
    /// The application layer and the checked actor.
    func signedIn() async throws -> (service: DiligenceService, actor: AuthenticatedActor) {
        try await acting.signedIn(global: global)
    }
}

/// The options of the commands that act on one partner: who acts and the partner.
struct PartnerActionOptions: ParsableArguments, ActingCommandOptions {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The partner id, such as P-0001.")
    var partner: String
}
