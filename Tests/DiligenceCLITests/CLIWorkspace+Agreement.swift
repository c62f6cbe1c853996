import Foundation
import Testing

/// Steps of an agreement review, as the tests drive them through the CLI.
extension CLIWorkspace {
    /// Copies a file of the import tests' corpus (`Tests/DiligenceImportTests/Fixtures/`) into the
    /// project folder; returns its name there.
    @discardableResult
    func copyFixture(_ name: String, as target: String? = nil) throws -> String {
        let source = CLILocation.repositoryRoot.appendingPathComponent(
            "Tests/DiligenceImportTests/Fixtures/\(name)")
        let destination = target ?? name
        try FileManager.default.copyItem(at: source, to: file(destination))
        return destination
    }

    /// Runs an agreement command as `role`.
    @discardableResult
    func agreement(_ arguments: [String], role: String, user: String = "pat") throws -> CLIResult {
        try run(["agreement"] + arguments + ["--as", user, "--role", role])
    }

    /// Registers a partner and imports `fixture` for it as procurement; returns the agreement id.
    func importedAgreement(_ fixture: String = "short-agreement.xml") throws -> String {
        let partner = try addPartner()
        let file = try copyFixture(fixture)
        let result = try agreement(["import", partner, file], role: "procurement")
        try #require(result.exitCode == 0, "agreement import failed: \(result)")
        let last = try #require(result.stdout.split(separator: "\n").last)
        return String(last.prefix { $0 != ":" })
    }

    /// `agreement show ID --json`.
    func showAgreement(_ id: String, extra: [String] = []) throws -> [String: Any] {
        let result = try run(["agreement", "show", id, "--json"] + extra)
        try #require(result.exitCode == 0, "agreement show failed: \(result)")
        return try result.jsonObject()
    }
}
