import DiligenceDatabaseSupport
import Foundation
import Testing

/// The CLI on PostgreSQL: one walk through the commands, several processes at once on one
/// database (as several servers' cron jobs would run), and a SQLite installation copied across.
/// The rest of the CLI suite runs on SQLite; the storage and application-layer suites run on both.
@Suite(.enabled(if: TestPostgres.server != nil, "no test PostgreSQL server ($DILIGENCE_TEST_POSTGRES)"))
struct PostgresCommandTests {
    @Test func aPartnerWalksThroughAssessmentAndADeadlineOnPostgreSQL() throws {
        let workspace = try CLIWorkspace.onPostgres(lifecycle: .manual)
        let id = try workspace.addPartner()
        #expect(id == "P-0001")
        try workspace.accept(id, "start_assessment", role: "programme_officer")
        let started = Date()
        try workspace.completeAssessment(id, capacity: "low")
        let later = TickCommandTests.iso(started, plusDays: 213)
        let first = try workspace.run("tick", "--now", later)
        #expect(first.exitCode == 0 && first.stdout.hasSuffix("1 deadline fired\n"), "\(first)")
        let second = try workspace.run("tick", "--now", later)
        #expect(second.stdout == "0 deadlines fired\n", "\(second)")
        let history = try workspace.history(id)
        #expect(history.compactMap { $0["event"] as? String }.suffix(1) == ["plan_overdue"])
        #expect(try workspace.states(id) == ["capacity_strengthening"])
        let verify = try workspace.run("audit", "verify")
        #expect(verify.exitCode == 0 && verify.stdout.contains("the log is intact"), "\(verify)")
        // Nothing was written beside the project: the database is the server's.
        #expect(!FileManager.default.fileExists(atPath: workspace.database.path))
    }

    @Test func ticksOfSeveralProcessesFireEachDeadlineOnce() throws {
        let workspace = try CLIWorkspace.onPostgres(lifecycle: .manual)
        let started = Date()
        let partners = try (0..<3).map { index in
            let id = try workspace.addPartner("Partner \(index)")
            try workspace.accept(id, "start_assessment", role: "programme_officer")
            try workspace.completeAssessment(id, capacity: "low")
            return id
        }
        // The accounts exist before the processes start, so each only ticks.
        let later = TickCommandTests.iso(started, plusDays: 213)
        let running = try (0..<4).map { _ in
            try workspace.launch(["tick", "--now", later, "--json"])
        }
        let results = running.map { $0.wait() }
        #expect(results.allSatisfy { $0.exitCode == 0 }, "\(results)")
        let fired = try results.flatMap { try $0.jsonArray() }
        #expect(fired.count == partners.count, "\(results)")
        #expect(Set(fired.compactMap { $0["subject"] as? String }) == Set(partners))
        for id in partners {
            let overdue = try workspace.history(id).filter { $0["event"] as? String == "plan_overdue" }
            #expect(overdue.count == 1, "\(id)")
        }
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func registrationsOfSeveralProcessesTakeDistinctIds() throws {
        let workspace = try CLIWorkspace.onPostgres(lifecycle: .manual)
        _ = try workspace.addPartner()
        let results = try ConcurrencyTests().registerAtOnce(workspace)
        #expect(results.allSatisfy { $0.exitCode == 0 }, "\(results.filter { $0.exitCode != 0 })")
        let ids = Set(results.map { $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(ids == Set((2...ConcurrencyTests.processes + 1).map { String(format: "P-%04d", $0) }))
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    /// Where the key files live when several servers share one database: named, the same files on
    /// each; a command or a server that would look for them beside a URL is refused with what to do.
    @Test func theKeyFilesMustBeNamedForAPostgreSQLDatabase() throws {
        let workspace = try CLIWorkspace.onPostgres(lifecycle: .manual)
        _ = try workspace.addPartner()
        let serve = try workspace.runUnprovisioned(["serve", "--port", "0"])
        #expect(serve.exitCode == 1, "\(serve)")
        #expect(serve.stderr.contains("set key_file (DILIGENCE_KEY_FILE) and signing_key_file"), "\(serve)")
        let checkpoint = try workspace.run("audit", "checkpoint", "--as", "admin", "--role", "administrator")
        #expect(checkpoint.exitCode == 1, "\(checkpoint)")
        #expect(
            checkpoint.stderr.contains("has no folder to keep it beside: name the file with --signing-key"))
        // Named, the same file serves every process: the checkpoint one signs, another verifies.
        let key = workspace.file("keys/diligence-signing.key").path
        try FileManager.default.createDirectory(
            at: workspace.file("keys"), withIntermediateDirectories: true)
        let out = workspace.file("c.json").path
        let signed = try workspace.run(
            "audit", "checkpoint", "--out", out, "--signing-key", key, "--as", "admin", "--role",
            "administrator")
        #expect(signed.exitCode == 0, "\(signed)")
        let verified = try workspace.run("audit", "verify", "--checkpoint", out)
        #expect(verified.exitCode == 0, "\(verified)")
        #expect(!FileManager.default.fileExists(atPath: workspace.file("diligence-signing.key").path))
    }
}
