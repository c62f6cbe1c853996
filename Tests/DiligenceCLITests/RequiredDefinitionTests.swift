import Foundation
import Testing

/// The definitions an installation runs with are complete: the roles file and the workflow of
/// every kind of record; a role a workflow names is declared.
@Suite("diligence check: required definitions and declared roles")
struct RequiredDefinitionTests {
    @Test(arguments: [
        ("Workflows/risk-flag.yaml", "no workflow runs the flag records"),
        ("Workflows/allegation-case.yaml", "no workflow runs the allegation records"),
        ("Assessments/roles.yaml", "no file declares the roles accounts hold"),
    ])
    func aMissingDefinitionIsAnErrorWithItsPlace(_ file: String, _ message: String) throws {
        let workspace = try CLIWorkspace()
        try FileManager.default.removeItem(at: workspace.file(file))
        let check = try workspace.run("check")
        #expect(check.exitCode == 3, "\(check)")
        let folder = file.hasPrefix("Workflows") ? "Workflows" : "Assessments"
        #expect(check.stdout.contains("\(folder):1:1: error: \(message)"), "\(check)")
        let add = try workspace.runUnprovisioned(["init", "--admin", "grace.otieno"])
        #expect(add.exitCode == 3, "\(add)")
        #expect(try workspace.writtenFiles().isEmpty)
    }

    @Test func aRoleNoRolesFileDeclaresIsAnErrorAtItsPlace() throws {
        let workspace = try CLIWorkspace()
        let line =
            try workspace.editWorkflow(
                replacing: "  manager: Audits partner risk",
                with: "  country_director: Decides on suspension.\n  manager: Audits partner risk")
        let check = try workspace.run("check")
        #expect(check.exitCode == 3, "\(check)")
        #expect(
            check.stdout.contains(
                "\(CLIWorkspace.lifecycleFile):\(line):3: error: the workflow partner-lifecycle names the role country_director, which Assessments/roles.yaml does not declare"
            ), "\(check)")
    }

    @Test(arguments: [
        (
            "roles:\n  manager:\n    held_by: un_staf\n    description: x\n",
            "held_by \"un_staf\" is not one of un_staff, partner, administrator; did you mean \"un_staff\"?",
            3, 14
        ),
        ("roles:\n  manager:\n    description: x\n", "the role manager needs held_by", 2, 3),
        (
            "roles:\n  system:\n    held_by: un_staff\n    description: x\n",
            "\"system\" is the engine's own role", 2, 3
        ),
        (
            "roles:\n  admin:\n    held_by: administrator\n    description: x\n    allows: [fire_deadline]\n",
            "\"fire_deadline\" is not an act a role can allow", 5, 14
        ),
        (
            "roles:\n  manager:\n    held_by: un_staff\n    description: x\n",
            "no role allows manage_accounts", 2, 3
        ),
    ])
    func aBadRolesFileIsAnErrorAtItsPlace(_ text: String, _ message: String, _ line: Int, _ column: Int)
        throws
    {
        let workspace = try CLIWorkspace()
        try text.write(to: workspace.file("Assessments/roles.yaml"), atomically: true, encoding: .utf8)
        let check = try workspace.run("check")
        #expect(check.exitCode == 3, "\(check)")
        #expect(
            check.stdout.contains("Assessments/roles.yaml:\(line):\(column): error: \(message)"), "\(check)")
    }
}
