import Foundation
import Testing

@Suite("--as and --role, and DILIGENCE_USER / DILIGENCE_ROLE")
struct ActorOptionTests {
    @Test(arguments: [
        (["--role", "programme_officer"], "say who is acting: --as USER"),
        (["--as", "amina"], "say which role you act in: --role ROLE"),
        ([], "say who is acting: --as USER"),
    ])
    func missingActorIsAUsageError(_ acting: [String], _ message: String) throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let add = try workspace.run(["partner", "add", "Amani", "--country", "KE", "--type", "cso"] + acting)
        #expect(add.exitCode == 2, "\(add)")
        #expect(add.stderr.contains(message), "\(add)")
        #expect(try workspace.writtenFiles().isEmpty)

        let id = try workspace.addPartner()
        let before = try workspace.history(id).count
        let send = try workspace.run(["send", id, "start_assessment"] + acting)
        #expect(send.exitCode == 2, "\(send)")
        #expect(send.stderr.contains(message), "\(send)")
        #expect(try workspace.history(id).count == before)
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

    @Test func environmentRoleIsCheckedLikeTheOption() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        let result = try workspace.run(
            ["send", id, "start_assessment"],
            environment: ["DILIGENCE_USER": "x", "DILIGENCE_ROLE": "procurement"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("needs the role programme_officer"))
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
