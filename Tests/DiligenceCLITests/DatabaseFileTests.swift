import Foundation
import Testing

@Suite("the database file: --db, DILIGENCE_DB, missing and damaged files")
struct DatabaseFileTests {
    @Test func dbOptionAndEnvironmentChooseTheFile() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let chosen = workspace.file("records/portfolio.sqlite")
        try FileManager.default.createDirectory(
            at: chosen.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(try workspace.addPartner(extra: ["--db", chosen.path]) == "P-0001")
        #expect(FileManager.default.fileExists(atPath: chosen.path))
        #expect(!FileManager.default.fileExists(atPath: workspace.database.path))

        let fromEnvironment = try workspace.run(
            ["partner", "list", "--json"], environment: ["DILIGENCE_DB": chosen.path])
        #expect(fromEnvironment.exitCode == 0, "\(fromEnvironment)")
        #expect(try fromEnvironment.jsonArray().map { $0["id"] as? String } == ["P-0001"])

        // A relative DILIGENCE_DB is taken from the working directory.
        let relative = try workspace.run(
            ["partner", "show", "P-0001"], environment: ["DILIGENCE_DB": "records/portfolio.sqlite"])
        #expect(relative.exitCode == 0, "\(relative)")

        // --db wins over DILIGENCE_DB.
        let other = workspace.file("other.sqlite").path
        #expect(try workspace.addPartner("Other", extra: ["--db", other]) == "P-0001")
        let both = try workspace.run(
            ["partner", "list", "--json", "--db", other], environment: ["DILIGENCE_DB": chosen.path])
        #expect(try both.jsonArray().map { $0["name"] as? String } == ["Other"])
        #expect(!FileManager.default.fileExists(atPath: workspace.database.path))
    }

    @Test(arguments: [
        ["partner", "list"], ["partner", "show", "P-0001"], ["history", "P-0001"], ["tick"],
        ["audit", "verify"],
        ["send", "P-0001", "start_assessment", "--as", "amina", "--role", "programme_officer"],
    ])
    func commandOnAMissingDatabaseFailsInOneLineAndCreatesNothing(_ arguments: [String]) throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let result = try workspace.runUnprovisioned(arguments)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderrLines == [
                "error: there is no database at diligence.sqlite; an administrator creates one with `diligence init --admin NAME` (or give --db PATH; `diligence demo` makes a sample one)"
            ])
        #expect(try workspace.writtenFiles().isEmpty)
    }

    @Test(arguments: [
        Data("this is not a database, just some notes\n".utf8),
        Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }),
        Data("SQLite format 3\u{0}".utf8) + Data(repeating: 0xAB, count: 4096),
    ])
    func damagedDatabaseFileFailsInOneClearLine(_ content: Data) throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        try content.write(to: workspace.database)
        for arguments in [
            ["partner", "list"], ["audit", "verify"],
            [
                "partner", "add", "Amani", "--country", "KE", "--type", "cso", "--as", "a", "--role",
                "manager",
            ],
        ] {
            let result = try workspace.run(arguments)
            #expect(result.exitCode == 1, "\(arguments): \(result)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines.count == 1, "\(result)")
            #expect(
                result.stderr.hasPrefix("error: diligence.sqlite cannot be used as a diligence database: "),
                "\(result)")
            #expect(!result.stderr.contains("Fatal error"))
        }
        #expect(try Data(contentsOf: workspace.database) == content, "the damaged file was changed")
    }

    @Test(arguments: ["missing-folder/diligence.sqlite", "."])
    func databasePathThatCannotBeOpenedFailsInOneLine(_ path: String) throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let result = try workspace.run(["init", "--admin", "grace.otieno", "--db", path])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(
            result.stderr.contains(
                "\(path) cannot be used as a diligence database: the file cannot be opened"))
        #expect(try workspace.writtenFiles().isEmpty)
    }

    @Test func databaseOfAnotherProgramIsRefused() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        try SQLiteFile.execute("CREATE TABLE notes (body TEXT)", at: workspace.database)
        let result = try workspace.run("partner", "list")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("it holds tables of another program"), "\(result)")
    }

    @Test func unknownOptionIsAUsageError() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let result = try workspace.run("partner", "list", "--colour")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("Unknown option '--colour'"), "\(result)")
        let subcommand = try workspace.run("partners")
        #expect(subcommand.exitCode == 2, "\(subcommand)")
        let missingArgument = try workspace.run("send", "P-0001")
        #expect(missingArgument.exitCode == 2, "\(missingArgument)")
        #expect(try workspace.writtenFiles().isEmpty)
    }

    @Test func helpAndVersionSucceed() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let help = try workspace.run("--help")
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("Exit codes: 0 ok, 1 refused or failed"))
        let version = try workspace.run("--version")
        #expect(version.exitCode == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
