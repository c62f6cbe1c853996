import Foundation
import Testing

/// Allegation cases, as the tests drive them through the CLI.
extension CLIWorkspace {
    /// Restricted values the tests write, to look for where they must not be.
    static let narrative = "NARRATIVE-7f3c: the driver at the distribution point"
    static let victimDetails = "VICTIM-91ab: girl, 15, camp block C"
    static let perpetratorDetails = "PERPETRATOR-55de: driver, contractor"

    /// The key file beside the default database.
    var keyFile: URL { file("diligence.key") }

    /// `allegation ARGS --as USER --role ROLE`.
    @discardableResult
    func allegation(_ arguments: [String], role: String, user: String = "fatima") throws -> CLIResult {
        try run(["allegation"] + arguments + ["--as", user, "--role", role])
    }

    /// A partner with one allegation carrying every restricted text; returns the case id.
    func reportedAllegation(received: String = "2026-01-05", extra: [String] = []) throws -> String {
        if !FileManager.default.fileExists(atPath: database.path) { try addPartner() }
        let result = try allegation(
            [
                "report", "P-0001", "--received", received, "--type", "sexual_exploitation", "--incident",
                "2026-01-02", "--channel", "community hotline", "--personnel", "staff", "--victims",
                "women=1,girls=2", "--perpetrators", "1", "--narrative", Self.narrative, "--victim-details",
                Self.victimDetails, "--perpetrator-details", Self.perpetratorDetails,
            ] + extra, role: "psea_focal_point")
        try #require(result.exitCode == 0, "allegation report failed: \(result)")
        // The users the tests act as follow the partner, so programme officers see its cases.
        for officer in ["fatima", "tester"] where try !officers("P-0001").contains(officer) {
            try assignOfficer(officer, to: "P-0001")
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `partner assign PARTNER --officer USER`, by a manager; must be accepted.
    func assignOfficer(_ officer: String, to partner: String) throws {
        let result = try run([
            "partner", "assign", partner, "--officer", officer, "--as", "maria", "--role", "manager",
        ])
        try #require(result.exitCode == 0, "partner assign failed: \(result)")
    }

    /// The users assigned to a partner, from `partner show --json`.
    func officers(_ partner: String) throws -> [String] {
        (try show(partner)["officers"] as? [[String: Any]] ?? []).compactMap { $0["user"] as? String }
    }

    /// `allegation show ID --json` in `role`, parsed.
    func showAllegation(_ id: String, role: String, restricted: Bool = false) throws -> [String: Any] {
        let result = try allegation(
            ["show", id, "--json"] + (restricted ? ["--restricted"] : []), role: role)
        try #require(result.exitCode == 0, "allegation show failed: \(result)")
        return try result.jsonObject()
    }

    /// The fields of `allegation show ID --json` in `role`.
    func allegationFields(_ id: String, role: String, restricted: Bool = false) throws -> [String: Any] {
        try showAllegation(id, role: role, restricted: restricted)["fields"] as? [String: Any] ?? [:]
    }

    /// The number of rows in the log.
    func logCount() throws -> Int {
        Int(try SQLiteFile.strings(SQLiteFile.recordEventCount, at: database).first ?? "0") ?? 0
    }

    /// Every byte of the database file and its -wal and -shm files, if present.
    func databaseBytes() throws -> [(name: String, data: Data)] {
        try ["diligence.sqlite", "diligence.sqlite-wal", "diligence.sqlite-shm"].compactMap { name in
            let url = file(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return (name, try Data(contentsOf: url))
        }
    }
}

extension Data {
    /// Whether `text` (UTF-8) occurs anywhere in these bytes.
    func containsText(_ text: String) -> Bool {
        range(of: Data(text.utf8)) != nil
    }
}
