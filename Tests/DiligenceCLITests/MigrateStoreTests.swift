import DiligenceDatabaseSupport
import Foundation
import Testing

/// `diligence migrate-store`: a SQLite installation copied into PostgreSQL, log and all.
@Suite(.enabled(if: TestPostgres.server != nil, "no test PostgreSQL server ($DILIGENCE_TEST_POSTGRES)"))
struct MigrateStoreTests {
    /// A SQLite installation with two partners, an assessment and a fired deadline.
    static func installation() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        _ = try workspace.addPartner("Rio Verde", country: "CO", type: "ngo")
        try workspace.accept(id, "start_assessment", role: "programme_officer")
        try workspace.completeAssessment(id, capacity: "low")
        _ = try workspace.run("tick", "--now", TickCommandTests.iso(Date(), plusDays: 213))
        return workspace
    }

    @Test func theCopyHasTheSameLogAndGoesOnFromIt() throws {
        let workspace = try Self.installation()
        let (database, cleanup) = try TestPostgres.newDatabase()
        defer { cleanup.run() }
        let url = database.location
        let result = try workspace.runUnprovisioned([
            "migrate-store", "--from", workspace.database.path, "--to", url,
        ])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("audit verify on the copy: intact"), "\(result)")
        #expect(result.stdout.contains("the same chain"), "\(result)")
        // The same history, row for row, and the same head on both.
        let onSQLite = try workspace.run("history", "P-0001", "--json")
        let onPostgres = try workspace.run("history", "P-0001", "--json", "--db", url)
        #expect(onPostgres.exitCode == 0 && onPostgres.stdout == onSQLite.stdout, "\(onPostgres)")
        let verify = try workspace.runUnprovisioned(["audit", "verify", "--db", url, "--json"])
        #expect(verify.exitCode == 0, "\(verify)")
        // The accounts came across, and the ids go on from the copied ones.
        let added = try workspace.runUnprovisioned([
            "partner", "add", "Third", "--country", "KE", "--type", "ngo", "--as", "amina", "--db", url,
        ])
        #expect(added.stdout == "P-0003\n", "\(added)")
    }

    @Test func aDatabaseHoldingRecordsIsRefusedAndKeptAsItIs() throws {
        let workspace = try Self.installation()
        let (database, cleanup) = try TestPostgres.newDatabase()
        defer { cleanup.run() }
        let url = database.location
        let copy = ["migrate-store", "--from", workspace.database.path, "--to", url]
        #expect(try workspace.runUnprovisioned(copy).exitCode == 0)
        let before = try workspace.runUnprovisioned(["audit", "verify", "--db", url]).stdout
        let again = try workspace.runUnprovisioned(copy)
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("it holds a diligence log already"), "\(again)")
        #expect(again.stderr.contains("migrate-store copies into a new, empty database"), "\(again)")
        #expect(try workspace.runUnprovisioned(["audit", "verify", "--db", url]).stdout == before)
    }

    @Test func badSourcesAndTargetsAreRefusedWithNothingWritten() throws {
        let workspace = try Self.installation()
        let (database, cleanup) = try TestPostgres.newDatabase()
        defer { cleanup.run() }
        let url = database.location
        let notADatabase = workspace.file("notes.txt")
        try Data("not a database".utf8).write(to: notADatabase)
        let cases: [([String], String)] = [
            (["--from", workspace.file("missing.sqlite").path, "--to", url], "no such database file"),
            (["--from", notADatabase.path, "--to", url], "not a SQLite database"),
            (["--from", url, "--to", url], "give the SQLite file to copy"),
            (
                ["--from", workspace.database.path, "--to", workspace.file("other.sqlite").path],
                "give a PostgreSQL database"
            ),
            (
                [
                    "--from", workspace.database.path, "--to",
                    url.replacingOccurrences(of: "@", with: ":secret@"),
                ],
                "the URL carries a password"
            ),
        ]
        for (arguments, message) in cases {
            let result = try workspace.runUnprovisioned(["migrate-store"] + arguments)
            #expect(result.exitCode == 1, "\(arguments): \(result)")
            #expect(result.stderr.contains(message), "\(arguments): \(result)")
        }
        // The database named in every refusal is still empty: its schema may be there, no row is.
        let events = try database.read { db -> Int in
            guard try db.exists("SELECT 1 FROM information_schema.tables WHERE table_name = 'event'") else {
                return 0
            }
            return try db.value(Int.self, "SELECT COUNT(*) FROM event") ?? 0
        }
        #expect(events == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.file("other.sqlite").path))
    }
}
