import Foundation
import GRDB
import Testing

/// The web application's commands: `user password` (from standard input, never the command
/// line), `backup`, and `serve` refusing a bad configuration before it starts.
@Suite("serve, user password and backup")
struct ServerCommandTests {
    static let cheap = ["DILIGENCE_SIGN_IN_BCRYPT_COST": "4"]

    static func workspace() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        #expect(try workspace.runUnprovisioned(["init", "--admin", "grace.otieno"]).exitCode == 0)
        #expect(
            try workspace.runUnprovisioned([
                "user", "add", "amina.diallo", "--role", "programme_officer", "--as", "grace.otieno",
            ]).exitCode == 0)
        return workspace
    }

    @Test func anAdministratorSetsAPasswordFromStandardInputAndItIsNeverPrintedOrLogged() throws {
        let workspace = try Self.workspace()
        let set = try workspace.runUnprovisioned(
            ["user", "password", "amina.diallo", "--as", "grace.otieno"], environment: Self.cheap,
            input: "a long secret phrase\n")
        #expect(set.exitCode == 0, "\(set)")
        #expect(
            set.stdout == "the password of amina.diallo is set; they choose their own at their next sign-in\n"
        )
        let database = try DatabaseQueue(path: workspace.file("diligence.sqlite").path)
        defer { try? database.close() }
        let (log, hash) = try database.read { db in
            (
                try String.fetchAll(db, sql: "SELECT data FROM event").joined(separator: "\n"),
                try String.fetchOne(
                    db, sql: "SELECT hash FROM account_password WHERE account = 'amina.diallo'")
            )
        }
        #expect(!log.contains("a long secret phrase"))
        #expect(hash?.hasPrefix("$2b$04$") == true)
        #expect(!(set.stdout + set.stderr).contains("a long secret phrase"))
    }

    @Test(arguments: [
        (
            "short\n", ["user", "password", "amina.diallo", "--as", "grace.otieno"],
            "the password is too short"
        ),
        ("", ["user", "password", "amina.diallo", "--as", "grace.otieno"], "no password on standard input"),
        (
            "amina.diallo-2026\n", ["user", "password", "amina.diallo", "--as", "grace.otieno"],
            "must not contain the account's name"
        ),
        (
            "a long secret phrase\n", ["user", "password", "amina.diallo", "--as", "amina.diallo"],
            "may not manage accounts"
        ),
        (
            "a long secret phrase\n", ["user", "password", "nobody", "--as", "grace.otieno"],
            "there is no account \"nobody\""
        ),
    ])
    func aBadPasswordCommandIsRefusedAndWritesNothing(input: String, arguments: [String], message: String)
        throws
    {
        let workspace = try Self.workspace()
        let before = try Self.rows(workspace)
        let result = try workspace.runUnprovisioned(arguments, environment: Self.cheap, input: input)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(try Self.rows(workspace) == before)
    }

    @Test func aBackupIsAConsistentCopyThatVerifiesAndNeverOverwrites() throws {
        let workspace = try Self.workspace()
        let backup = try workspace.runUnprovisioned(["backup", "copy.sqlite"])
        #expect(backup.exitCode == 0, "\(backup)")
        let attributes = try FileManager.default.attributesOfItem(atPath: workspace.file("copy.sqlite").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let verify = try workspace.runUnprovisioned(["audit", "verify", "--db", "copy.sqlite"])
        #expect(verify.exitCode == 0 && verify.stdout.contains("intact"), "\(verify)")
        let again = try workspace.runUnprovisioned(["backup", "copy.sqlite"])
        #expect(again.exitCode == 1 && again.stderr.contains("copy.sqlite exists already"), "\(again)")
    }

    @Test(arguments: [
        (
            "server:\n  port: 80800\n",
            "diligence.yaml:2:9: server.port: \"80800\" is not valid; give a port number from 0 to 65535"
        ),
        ("sever:\n  port: 8080\n", "diligence.yaml:2:9: \"sever.port\" is not a setting of diligence serve"),
    ])
    func serveRefusesABadConfigurationBeforeItStarts(text: String, message: String) throws {
        let workspace = try Self.workspace()
        try text.write(to: workspace.file("diligence.yaml"), atomically: true, encoding: .utf8)
        let result = try workspace.runUnprovisioned(["serve"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        let option = try workspace.runUnprovisioned(["serve", "--config", "none.yaml"])
        #expect(
            option.exitCode == 1 && option.stderr.contains("none.yaml: there is no configuration file here"))
        try FileManager.default.removeItem(at: workspace.file("diligence.yaml"))
        let port = try workspace.runUnprovisioned(["serve", "--port", "70000"])
        #expect(port.exitCode == 2 && port.stderr.contains("--port 70000 is not a port"), "\(port)")
    }

    static func rows(_ workspace: CLIWorkspace) throws -> Int {
        let database = try DatabaseQueue(path: workspace.file("diligence.sqlite").path)
        defer { try? database.close() }
        return try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0 }
    }
}
