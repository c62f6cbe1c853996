import ArgumentParser
import DiligencePostgres
import DiligenceStore
import Foundation
import Logging

/// `diligence migrate-store --from FILE --to URL`: a SQLite installation copied into a new
/// PostgreSQL database, log and all, then verified there.
struct MigrateStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-store",
        abstract: "Copy a SQLite installation into a new PostgreSQL database, log and all.",
        discussion: """
            Every table is copied row for row in one transaction, so the copy's log has the same hash \
            chain: the command then runs `audit verify` on the copy and checks its last row is the \
            source's. Nothing is written unless all of it is. The PostgreSQL database must exist and \
            hold no records (its schema is created); the password comes from $PGPASSWORD or \
            --password-file (or $DILIGENCE_DB_PASSWORD_FILE), never from the URL. Stop the servers \
            on the SQLite file first: what they write during the copy is not in it.

            The key files stay where they are (beside the SQLite file: diligence.key, \
            diligence-signing.key): give their paths to every command on the new database (--key, \
            --signing-key, or key_file and signing_key_file in the configuration file).
            """)

    @Option(help: ArgumentHelp("The SQLite database to copy.", valueName: "path"))
    var from: String

    @Option(help: ArgumentHelp("The PostgreSQL database to copy into.", valueName: "postgres-url"))
    var to: String

    @Option(
        help: ArgumentHelp(
            "A file whose first line is the database password (readable by its owner only).",
            valueName: "path"))
    var passwordFile: String?

    func run() async throws {
        guard !PostgresLocation.isPostgresURL(from) else {
            throw CommandFailure("--from \(from): give the SQLite file to copy; the copy goes to --to")
        }
        guard FileManager.default.fileExists(atPath: from) else {
            throw CommandFailure("--from \(from): no such database file (nothing was written)")
        }
        guard PostgresLocation.isPostgresURL(to) else {
            throw CommandFailure(
                "--to \(to): give a PostgreSQL database, postgres://user@host:port/name (nothing was written)"
            )
        }
        let logger = Logger(label: "diligence")
        let location = try storeCall {
            try StoreOpening.postgresLocation(
                to, passwordFile: passwordFile, environment: ProcessInfo.processInfo.environment)
        }
        let destination = PostgresStoreDatabase(location, logger: logger)
        let progress = ImportProgress(enabled: Terminal.isErrorInteractive)
        let report = try storeCall {
            try StoreCopy.copy(sqlitePath: from, to: destination) { table, rows in
                progress.show("copying \(table): \(rows) rows")
            }
        }
        progress.show("verifying the copy")
        let copy = try storeCall { try DiligenceStore(database: destination, logger: logger) }
        let audit = try storeCall { try copy.verify() }
        let head = try storeCall { try copy.logHead() }
        progress.clear()
        print(
            "copied \(report.total) rows of \(report.rows.count) tables from \(from) to \(location.description)"
        )
        if let last = report.head {
            print("the log: \(last.seq) rows, the last one's hash \(last.hash)")
        }
        guard audit.isIntact, report.head.map({ $0 == head }) ?? (head.seq == 0) else {
            let problems = audit.problems.prefix(5).map { "  \($0)" }.joined(separator: "\n")
            throw CommandFailure(
                "the copy does not verify; do not use it (drop the database and copy again):\n\(problems)")
        }
        print(
            "audit verify on the copy: intact (\(audit.eventsChecked) events, \(audit.recordsChecked) records), the same chain"
        )
        print(
            "run diligence with --db \(location.description), and give it the key files kept beside \(from) (--key, --signing-key)"
        )
    }
}
