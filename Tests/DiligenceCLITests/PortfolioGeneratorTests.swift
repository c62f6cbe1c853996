import Foundation
import Testing

/// `diligence-bench --portfolio` makes a portfolio through the store's own commands whose log
/// verifies, and `--scale-figures` measures on it; bad arguments write nothing.
@Suite struct PortfolioGeneratorTests {
    private func bench(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try BenchmarkSmokeTests.run(arguments)
    }

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "portfolio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(
        .enabled(
            if: BenchmarkSmokeTests.bench != nil, "diligence-bench is not built; run `swift build` first"))
    func aSmallPortfolioIsMadeAndVerifies() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("portfolio.sqlite").path
        let made = try bench(["--portfolio", "12", "--db", path, "--verify"])
        #expect(made.status == 0, "\(made.errors)")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(made.output.utf8)) as? [String: Any])
        #expect(summary["portfolio_partners"] as? Int == 12)
        #expect((summary["events"] as? Int ?? 0) > 12 * 5, "\(summary)")
        #expect(summary["verify_seconds"] != nil)
        let accounts = try #require(summary["accounts"] as? [String])
        #expect(accounts.contains("portfolio.admin (administrator)"))
        #expect(accounts.contains("amina.diallo (programme_officer; KE)"))
        #expect(accounts.contains("partner.1 (partner; P-0001)"))
        let figures = try bench(["--scale-figures", "--db", path])
        #expect(figures.status == 0, "\(figures.errors)")
        let measured = figures.output.split(separator: "\n").drop { !$0.hasPrefix("{") }.joined(
            separator: "\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(measured.utf8)) as? [String: Any])
        #expect(json["verify_intact"] as? Bool == true)
        #expect(json["partners"] as? Int == 12)
        // The portfolio page as the server makes it, and the whole `audit risk` command (the
        // `diligence` binary is built beside the bench).
        #expect(json["portfolio_page_seconds"] is Double)
        #expect(json["audit_risk_command_seconds"] is Double)
    }

    @Test(
        .enabled(
            if: BenchmarkSmokeTests.bench != nil, "diligence-bench is not built; run `swift build` first"),
        arguments: [
            ["--portfolio", "0"], ["--portfolio", "many"], ["--portfolio", "2000000"], ["--portfolio", "5"],
        ])
    func badArgumentsWriteNothing(_ arguments: [String]) throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The last case names no database at all.
        let path = directory.appendingPathComponent("portfolio.sqlite").path
        let result = try bench(arguments + (arguments.last == "5" ? [] : ["--db", path]))
        #expect(result.status == 1)
        #expect(result.errors.contains("--portfolio COUNT --db PATH"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(
        .enabled(
            if: BenchmarkSmokeTests.bench != nil, "diligence-bench is not built; run `swift build` first"))
    func anExistingDatabaseIsNotWrittenTo() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("kept.sqlite").path
        try Data("not a portfolio".utf8).write(to: URL(fileURLWithPath: path))
        let result = try bench(["--portfolio", "3", "--db", path])
        #expect(result.status == 1)
        #expect(result.errors.contains("exists already"), "\(result.errors)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a portfolio")
    }
}
