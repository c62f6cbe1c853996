import Foundation
import Testing

/// Steps of the partner lifecycle, as the tests drive them through the CLI.
extension CLIWorkspace {
    /// Registers a partner as a programme officer; expects success and returns the new id.
    @discardableResult
    func addPartner(
        _ name: String = "Amani Women's Network", country: String = "KE", type: String = "cso",
        extra: [String] = []
    ) throws -> String {
        let result = try run(
            [
                "partner", "add", name, "--country", country, "--type", type, "--as", "amina", "--role",
                "programme_officer",
            ]
                + extra)
        try #require(result.exitCode == 0, "partner add failed: \(result)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends an event with `--set` data in `role`.
    @discardableResult
    func send(
        _ id: String, _ event: String, role: String, user: String = "tester", set: [String] = [],
        extra: [String] = []
    ) throws -> CLIResult {
        try run(["send", id, event, "--as", user, "--role", role] + set.flatMap { ["--set", $0] } + extra)
    }

    /// Sends an event that must be accepted.
    func accept(_ id: String, _ event: String, role: String, set: [String] = []) throws {
        let result = try send(id, event, role: role, set: set)
        try #require(result.exitCode == 0, "\(event) was refused: \(result)")
        #expect(result.stdout.hasPrefix("\(id): \(event) accepted; now in "))
    }

    /// `partner show ID --json`.
    func show(_ id: String) throws -> [String: Any] {
        let result = try run("partner", "show", id, "--json")
        try #require(result.exitCode == 0, "partner show failed: \(result)")
        return try result.jsonObject()
    }

    /// The active states of a partner, from `partner show --json`.
    func states(_ id: String) throws -> [String] {
        try show(id)["states"] as? [String] ?? []
    }

    /// The events a partner accepts now, from `partner show --json`.
    func accepts(_ id: String) throws -> [String] {
        (try show(id)["accepts"] as? [[String: Any]] ?? []).compactMap { $0["event"] as? String }
    }

    /// `history ID --json`.
    func history(_ id: String, role: String? = nil) throws -> [[String: Any]] {
        let result = try run(
            ["history", id, "--json"] + (role.map { ["--as", "tester", "--role", $0] } ?? []))
        try #require(result.exitCode == 0, "history failed: \(result)")
        return try result.jsonArray()
    }

    /// A registered partner moved into `engagement` (assessment complete, capacity full).
    func engagedPartner() throws -> String {
        let id = try addPartner()
        try accept(id, "start_assessment", role: "programme_officer")
        try completeAssessment(id, capacity: "full")
        return id
    }

    /// Completes the assessment of partner `id` at `capacity`, assessed on 10 January 2026; it must
    /// be accepted.
    @discardableResult
    func completeAssessment(_ id: String, capacity: String) throws -> CLIResult {
        let result = try send(
            id, "complete_assessment", role: "programme_officer",
            set: ["capacity_level=\(capacity)", "assessed_on=2026-01-10"])
        try #require(result.exitCode == 0, "complete_assessment was refused: \(result)")
        #expect(result.stdout.hasPrefix("\(id): complete_assessment accepted; now in "))
        return result
    }

    /// A partner walked to `active`.
    func activePartner() throws -> String {
        let id = try engagedPartner()
        try accept(id, "confirm_clauses", role: "procurement", set: ["clauses_cleared=true"])
        try accept(id, "confirm_training", role: "psea_focal_point", set: ["training_coverage=1.0"])
        return id
    }
}
