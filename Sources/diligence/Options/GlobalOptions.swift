import ArgumentParser
import DiligenceCore
import DiligenceStore
import Foundation
import Logging

/// Options every command takes: where the database and the definition folders are.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file (default $DILIGENCE_DB, else diligence.sqlite).", valueName: "path"))
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
            let lines = set.report.sorted.errors.map { "\($0.location): error: \($0.message)" }
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
            return try DiligenceStore(path: databasePath, create: create, logger: Logger(label: "diligence"))
        } catch {
            throw CommandFailure(error.explanation)
        }
    }
}

/// Who is acting: every command that changes records takes it, and the log records it.
struct ActorOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp("The acting user (default $DILIGENCE_USER).", valueName: "user"))
    var user: String?

    @Option(
        name: .long, help: ArgumentHelp("The role you act in (default $DILIGENCE_ROLE).", valueName: "role"))
    var role: String?

    /// The actor, from the options or the environment.
    func actor() throws -> Actor {
        let environment = ProcessInfo.processInfo.environment
        guard let user = user ?? environment["DILIGENCE_USER"], !user.isEmpty else {
            throw CommandFailure("say who is acting: --as USER (or set DILIGENCE_USER)", exitCode: .usage)
        }
        guard let role = role ?? environment["DILIGENCE_ROLE"], !role.isEmpty else {
            throw CommandFailure(
                "say which role you act in: --role ROLE (or set DILIGENCE_ROLE)", exitCode: .usage)
        }
        return Actor(user: user, role: role)
    }

    /// The actor when a user or a role is given (options or environment), for read commands
    /// that show more to a role that may read it; `nil` when neither is.
    func actorIfGiven() throws -> Actor? {
        let environment = ProcessInfo.processInfo.environment
        let given = [user, role, environment["DILIGENCE_USER"], environment["DILIGENCE_ROLE"]]
        guard given.contains(where: { !($0 ?? "").isEmpty }) else { return nil }
        return try actor()
    }
}

/// `--json` for read commands.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (a stable shape, documented in the README) instead of text.")
    var json = false
}

/// Runs a store call, turning its error into a failure line.
func storeCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        throw CommandFailure(error.explanation)
    }
}
