import Foundation
import Testing

@Suite("--as and --role name an account and a role it holds, and DILIGENCE_USER / DILIGENCE_ROLE")
struct ActorOptionTests {
    @Test func missingActorIsAUsageError() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        let before = try workspace.recordEvents()
        for acting in [["--role", "programme_officer"], []] {
            let add = try workspace.run(
                ["partner", "add", "Amani", "--country", "KE", "--type", "cso"] + acting)
            #expect(add.exitCode == 2, "\(add)")
            #expect(add.stderr.contains("say who is acting: --as ACCOUNT"), "\(add)")
            let send = try workspace.run(["send", id, "start_assessment"] + acting)
            #expect(send.exitCode == 2, "\(send)")
            #expect(send.stderr.contains("say who is acting: --as ACCOUNT"), "\(send)")
        }
        #expect(try workspace.recordEvents() == before)
    }

    @Test func theRoleMayBeLeftOutWhenTheAccountHoldsOne() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        let send = try workspace.run("send", id, "start_assessment", "--as", "amina")
        #expect(send.exitCode == 0, "\(send)")
        #expect(try workspace.history(id).last?["role"] as? String == "programme_officer")
    }

    @Test func anAccountHoldingSeveralRolesMustNameOne() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try workspace.send(id, "start_assessment", role: "manager", user: "amina")
        let before = try workspace.recordEvents()
        let send = try workspace.run("send", id, "start_assessment", "--as", "amina")
        #expect(send.exitCode == 2, "\(send)")
        #expect(
            send.stderr.contains("amina holds several roles (manager, programme_officer): say which one"),
            "\(send)")
        #expect(try workspace.recordEvents() == before)
    }

    @Test func unknownDisabledAndRoleLackingAccountsAreRefusedAndWriteNothing() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        let before = try workspace.recordEvents()
        let unknown = try workspace.run(
            ["send", id, "start_assessment"],
            environment: ["DILIGENCE_USER": "x", "DILIGENCE_ROLE": "procurement"])
        #expect(unknown.exitCode == 1, "\(unknown)")
        #expect(
            unknown.stderrLines == [
                "error: there is no account \"x\"; an administrator creates it with `diligence user add x --role ROLE`"
            ])
        let claimed = try workspace.runUnprovisioned(
            ["send", id, "start_assessment", "--as", "amina", "--role", "psea_focal_point"])
        #expect(claimed.exitCode == 1, "\(claimed)")
        #expect(
            claimed.stderr.contains(
                "the account amina does not hold the role psea_focal_point; it holds programme_officer"),
            "\(claimed)")
        let disable = try workspace.runUnprovisioned([
            "user", "disable", "amina", "--as", CLIWorkspace.administrator,
        ])
        #expect(disable.exitCode == 0, "\(disable)")
        let disabled = try workspace.run(
            "send", id, "start_assessment", "--as", "amina", "--role", "programme_officer")
        #expect(disabled.exitCode == 1, "\(disabled)")
        #expect(disabled.stderr.contains("the account amina is disabled"), "\(disabled)")
        #expect(try workspace.recordEvents() == before)
    }

    @Test func environmentGivesTheDefaultActorAndTheLogRecordsIt() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let environment = ["DILIGENCE_USER": "grace.otieno", "DILIGENCE_ROLE": "programme_officer"]
        let add = try workspace.run(
            ["partner", "add", "Amani", "--country", "KE", "--type", "cso"], environment: environment)
        #expect(add.exitCode == 0, "\(add)")
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let send = try workspace.run(["send", id, "start_assessment"], environment: environment)
        #expect(send.exitCode == 0, "\(send)")
        // An option beats the environment.
        let overridden = try workspace.run(
            ["send", id, "complete_assessment", "--as", "amina", "--set", "capacity_level=full"],
            environment: environment)
        #expect(overridden.exitCode == 0, "\(overridden)")

        let history = try workspace.history(id)
        #expect(history.map { $0["actor"] as? String } == ["grace.otieno", "grace.otieno", "amina"])
        #expect(history.allSatisfy { $0["role"] as? String == "programme_officer" })
    }

    @Test func blankUserIsRefused() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        let result = try workspace.run(
            "send", id, "start_assessment", "--as", " ", "--role", "programme_officer")
        #expect(result.exitCode != 0, "\(result)")
        #expect(result.stderr.contains("say who is acting"), "\(result)")
        #expect(try workspace.history(id).count == 1)
    }
}
