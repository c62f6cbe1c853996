import Foundation
import Testing

/// `diligence init` and `diligence user`: the administrator's commands, each change in the log.
@Suite("init and user: accounts from the command line")
struct UserCommandTests {
    @Test func anAdministratorSetsUpTheDatabaseAndItsAccounts() throws {
        let workspace = try CLIWorkspace()
        let initialise = try workspace.runUnprovisioned(
            ["init", "--admin", "grace.otieno", "--name", "Grace Otieno", "--email", "grace@example.org"])
        #expect(initialise.exitCode == 0, "\(initialise)")
        #expect(initialise.stdout.contains("the administrator grace.otieno holds administrator"))
        let add = try workspace.runUnprovisioned([
            "user", "add", "amina.diallo", "--name", "Amina Diallo", "--role", "programme_officer", "--role",
            "manager",
            "--scope", "KE,UG", "--email", "amina@example.org", "--as", "grace.otieno",
        ])
        #expect(add.exitCode == 0, "\(add)")
        #expect(add.stdout == "amina.diallo: account created; holds manager, programme_officer\n")
        let list = try workspace.runUnprovisioned(["user", "list", "--json", "--as", "grace.otieno"])
            .jsonArray()
        #expect(list.map { $0["name"] as? String } == ["amina.diallo", "grace.otieno"])
        #expect(
            list.first?["scope"] as? [String] == ["KE", "UG"]
                && list.first?["email"] as? String == "amina@example.org")
        let grant = try workspace.runUnprovisioned([
            "user", "roles", "amina.diallo", "--grant", "psea_focal_point", "--revoke", "manager", "--as",
            "grace.otieno",
        ])
        #expect(
            grant.exitCode == 0 && grant.stdout.contains("roles: programme_officer, psea_focal_point"),
            "\(grant)")
        let disable = try workspace.runUnprovisioned([
            "user", "disable", "amina.diallo", "--as", "grace.otieno",
        ])
        #expect(disable.stdout == "amina.diallo: disabled\n", "\(disable)")
        let show = try workspace.runUnprovisioned([
            "user", "show", "amina.diallo", "--json", "--as", "grace.otieno",
        ])
        #expect(try show.jsonObject()["active"] as? Bool == false)
        let log = try workspace.run("audit", "log", "--json").jsonArray()
        #expect(
            log.compactMap { $0["event"] as? String } == [
                "installation_set", "account_add", "account_add", "roles_grant", "roles_revoke",
                "account_disable",
            ], "\(log)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func theDatabaseAndItsLogAreReadableByTheirOwnerOnly() throws {
        let workspace = try CLIWorkspace()
        #expect(try workspace.runUnprovisioned(["init", "--admin", "grace.otieno"]).exitCode == 0)
        for suffix in ["", "-wal"] {
            let path = workspace.database.path + suffix
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let mode = try #require(
                try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)
            #expect(mode.intValue & 0o077 == 0, "\(path) is \(String(mode.intValue, radix: 8))")
        }
    }

    @Test(
        arguments: [
            (
                ["user", "add", "amina", "--role", "programme_officer", "--as", "amina"],
                "there is no account \"amina\"", 1
            ),
            (["user", "add", "amina", "--as", "grace.otieno"], "give the account at least one role", 2),
            (
                ["user", "add", "Amina", "--role", "manager", "--as", "grace.otieno"],
                "\"Amina\" cannot name an account", 1
            ),
            (
                ["user", "add", "amina", "--role", "boss", "--as", "grace.otieno"],
                "\"boss\" is not a role declared", 1
            ),
            (
                ["user", "add", "amina", "--role", "partner", "--as", "grace.otieno"],
                "must name its partner: add --partner", 2
            ),
            (
                ["user", "add", "amina", "--role", "manager", "--email", "amina", "--as", "grace.otieno"],
                "--email \"amina\" is not an e-mail address", 1
            ),
            (
                ["user", "add", "amina", "--role", "manager", "--scope", "Kenya", "--as", "grace.otieno"],
                "--scope \"Kenya\" is not a country code", 1
            ),
            (
                ["user", "add", "grace.otieno", "--role", "manager", "--as", "grace.otieno"],
                "an account grace.otieno exists already", 1
            ),
            (
                ["user", "disable", "grace.otieno", "--as", "grace.otieno"],
                "no active account could manage accounts", 1
            ),
            (
                ["user", "roles", "nobody", "--grant", "manager", "--as", "grace.otieno"],
                "there is no account \"nobody\"", 1
            ),
            (["user", "roles", "grace.otieno", "--as", "grace.otieno"], "say what changes", 2),
            (["init", "--admin", "other"], "accounts exist already", 1),
        ] as [([String], String, Int32)])
    func badAccountCommandsAreRefusedAndWriteNothing(_ arguments: [String], _ message: String, _ code: Int32)
        throws
    {
        let workspace = try CLIWorkspace()
        #expect(try workspace.runUnprovisioned(["init", "--admin", "grace.otieno"]).exitCode == 0)
        let rows = try SQLiteFile.strings("SELECT COUNT(*) FROM event", at: workspace.database)
        let result = try workspace.runUnprovisioned(arguments)
        #expect(result.exitCode == code, "\(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains(message), "\(result)")
        #expect(try SQLiteFile.strings("SELECT COUNT(*) FROM event", at: workspace.database) == rows)
    }
}
