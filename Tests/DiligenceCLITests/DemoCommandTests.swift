import Foundation
import Testing

@Suite("demo: a sample portfolio")
struct DemoCommandTests {
    @Test func demoWalksThePortfolioAndTheLogIsIntact() throws {
        let workspace = try CLIWorkspace()
        let result = try workspace.run("demo")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("Portfolio (diligence-demo.sqlite):"))
        #expect(result.stdout.contains("audit: the log is intact"))
        #expect(result.stdout.contains("REFUSED"))
        #expect(result.stderr.isEmpty, "\(result)")
        #expect(try workspace.writtenFiles().contains("diligence-demo.sqlite"))

        let list = try workspace.run("partner", "list", "--json", "--db", "diligence-demo.sqlite")
        #expect(try list.jsonArray().count == 5)
        #expect(try workspace.run("audit", "verify", "--db", "diligence-demo.sqlite").exitCode == 0)

        // Run again: the demo file is replaced, not added to.
        #expect(try workspace.run("demo").exitCode == 0)
        let again = try workspace.run("partner", "list", "--json", "--db", "diligence-demo.sqlite")
        #expect(try again.jsonArray().count == 5)
    }

    @Test func demoRefusesADatabaseWithPartners() throws {
        let workspace = try CLIWorkspace()
        try workspace.addPartner()
        let result = try workspace.run("demo", "--db", "diligence.sqlite")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("already holds partners"), "\(result)")
        #expect(try workspace.history("P-0001").count == 1)
    }
}
