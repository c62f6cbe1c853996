import Foundation
import Testing

@Suite("check: definitions are validated before anything runs")
struct DefinitionCheckTests {
    @Test func shippedDefinitionsAreValid() throws {
        let workspace = try CLIWorkspace()
        let result = try workspace.run("check")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("ok  \(CLIWorkspace.lifecycleFile): partner-lifecycle,"))
        #expect(result.stdout.contains("ok  Workflows/psea-assessment.yaml: psea-assessment,"))
        #expect(
            result.stdout.contains("ok  Assessments/psea-common.yaml: psea-common, 8 standards, count_of_met")
        )
        #expect(result.stdout.contains("ok  Assessments/risk-rules.yaml: "))
        #expect(
            result.stdout.contains("ok  Assessments/training-policy.yaml: training policy, renewal every 1y"))
        #expect(
            result.stdout.contains(
                "ok  Assessments/agreement-clauses.yaml: 15 agreement clauses, 13 mandatory"))
        #expect(result.stdout.contains("definitions are valid (0 errors"))
        #expect(result.stderr.isEmpty)
    }

    /// A broken copy of the workflow and what `check` must say about it.
    struct Breakage: Sendable, CustomTestStringConvertible {
        var name: String
        var original: String
        var replacement: String
        /// Words the message must contain.
        var mentions: [String]

        var testDescription: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(
            name: "YAML syntax error", original: "    roles: [programme_officer]\n      - event: close",
            replacement: "    roles: [programme_officer\n      - event: close", mentions: []),
        Breakage(
            name: "unknown target state", original: "target: capacity_strengthening",
            replacement: "target: capacity_strenghtening", mentions: ["capacity_strenghtening"]),
        Breakage(
            name: "unknown field in a guard", original: "guard: agreement_cleared",
            replacement: "guard: agreement_clear", mentions: ["agreement_clear"]),
        Breakage(
            name: "guard type error", original: "guard: training_coverage >= training_coverage_required",
            replacement: "guard: training_coverage >= \"complete\"", mentions: ["training_coverage"]),
    ]

    @Test(arguments: breakages)
    func brokenDefinitionIsReportedWithItsPosition(_ breakage: Breakage) throws {
        let workspace = try CLIWorkspace()
        let line = try workspace.editWorkflow(replacing: breakage.original, with: breakage.replacement)
        let result = try workspace.run("check")
        #expect(result.exitCode == 3, "\(result)")
        let errors = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        let first = try #require(errors.first, "no error line in \(result)")
        let position = try #require(
            first.wholeMatch(of: /Workflows\/partner-lifecycle\.yaml:(\d+):(\d+): error: (.+)/), "\(first)")
        let reportedLine = try #require(Int(position.1))
        // A syntax error may be noticed on the line after the edit; everything else points at it.
        #expect((line...line + 1).contains(reportedLine), "edited line \(line), reported \(first)")
        #expect((Int(position.2) ?? 0) >= 1)
        for word in breakage.mentions { #expect(position.3.contains(word), "\(first)") }
        #expect(result.stderr.contains("definitions are not valid (1 error"), "\(result)")
    }

    /// Every command that reads definitions refuses to run on a broken set, and creates no database.
    @Test(arguments: [
        [
            "partner", "add", "Amani", "--country", "KE", "--type", "cso", "--as", "amina", "--role",
            "programme_officer",
        ],
        ["partner", "list"],
        ["partner", "show", "P-0001"],
        ["send", "P-0001", "start_assessment", "--as", "amina", "--role", "programme_officer"],
        ["history", "P-0001"],
        ["tick"],
        ["demo"],
        ["audit", "verify"],
        ["diagram", "partner-lifecycle"],
    ])
    func commandsRefuseInvalidDefinitionsAndWriteNothing(_ arguments: [String]) throws {
        let workspace = try CLIWorkspace()
        let line = try workspace.editWorkflow(
            replacing: "guard: agreement_cleared", with: "guard: agreement_clear")
        let result = try workspace.run(arguments)
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(CLIWorkspace.lifecycleFile):\(line):"), "\(result)")
        #expect(result.stderr.contains("nothing was run"))
        #expect(try workspace.writtenFiles().isEmpty)
    }

    @Test func checkReportsAsJSON() throws {
        let workspace = try CLIWorkspace()
        let clean = try workspace.run("check", "--json")
        #expect(clean.exitCode == 0, "\(clean)")
        let report = try clean.jsonObject()
        #expect(report["valid"] as? Bool == true)
        let workflows = try #require(report["workflows"] as? [[String: Any]])
        let lifecycle = workflows.first { $0["id"] as? String == "partner-lifecycle" }
        #expect((lifecycle?["hash"] as? String)?.count == 64)
        #expect(
            workflows.map { $0["id"] as? String }
                == workflows.map { $0["id"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") })

        let line = try workspace.editWorkflow(
            replacing: "target: capacity_strengthening", with: "target: nowhere")
        let broken = try workspace.run("check", "--json")
        #expect(broken.exitCode == 3, "\(broken)")
        let brokenReport = try broken.jsonObject()
        #expect(brokenReport["valid"] as? Bool == false)
        let error = try #require((brokenReport["errors"] as? [[String: Any]])?.first)
        #expect(error["file"] as? String == CLIWorkspace.lifecycleFile)
        #expect(error["line"] as? Int == line)
        #expect(error["code"] as? String == "unknown-state")
        #expect((error["message"] as? String)?.contains("nowhere") == true)
    }
}
