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

        // The allegation: sealed with the demo's own key file, the case refused to an officer
        // who does not follow the partner, the focal point's read logged.
        #expect(result.stdout.contains("G-0001  sexual exploitation reported at P-0001"), "\(result)")
        #expect(result.stdout.contains("REFUSED, james.mwangi is not assigned to the partner of G-0001"))
        let key = workspace.file("diligence-demo.key")
        let attributes = try FileManager.default.attributesOfItem(atPath: key.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(!FileManager.default.fileExists(atPath: workspace.file("diligence.key").path))
        let database = try Data(contentsOf: workspace.file("diligence-demo.sqlite"))
        #expect(!database.containsText("Reported through the hotline"))
        let reads = try workspace.run("audit", "reads", "--json", "--db", "diligence-demo.sqlite").jsonArray()
        #expect(reads.map { $0["user"] as? String } == ["grace.otieno"])
        let shown = try workspace.run(
            "allegation", "show", "G-0001", "--restricted", "--db", "diligence-demo.sqlite", "--key",
            "diligence-demo.key", "--as", "grace.otieno", "--role", "psea_focal_point")
        #expect(shown.stdout.contains("Reported through the hotline"), "\(shown)")
        #expect(
            try workspace.run("partner", "list", "--officer", "james.mwangi", "--db", "diligence-demo.sqlite")
                .stdout.contains("P-0005"))

        let list = try workspace.run("partner", "list", "--json", "--db", "diligence-demo.sqlite")
        #expect(try list.jsonArray().count == 5)
        #expect(try workspace.run("audit", "verify", "--db", "diligence-demo.sqlite").exitCode == 0)

        // Run again: the demo file is replaced, not added to.
        #expect(try workspace.run("demo").exitCode == 0)
        let again = try workspace.run("partner", "list", "--json", "--db", "diligence-demo.sqlite")
        #expect(try again.jsonArray().count == 5)
        // The key file is replaced with the demo file, and opens the new details.
        let reread = try workspace.run(
            "allegation", "show", "G-0001", "--restricted", "--db", "diligence-demo.sqlite", "--key",
            "diligence-demo.key", "--as", "grace.otieno", "--role", "psea_focal_point")
        #expect(reread.exitCode == 0, "\(reread)")
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
