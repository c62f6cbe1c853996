import Foundation
import Testing

@Suite("tick: deadlines fire once, when due")
struct TickCommandTests {
    /// `date` plus `days`, as ISO-8601 for `--now`.
    static func iso(_ date: Date, plusDays days: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date.addingTimeInterval(days * 86_400))
    }

    @Test func overduePlanFiresExactlyOnce() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        try workspace.accept(id, "start_assessment", role: "programme_officer")
        let started = Date()
        try workspace.completeAssessment(id, capacity: "low")

        let early = try workspace.run("tick", "--now", Self.iso(started, plusDays: 150))
        #expect(early.exitCode == 0, "\(early)")
        #expect(early.stdout == "0 deadlines fired\n")

        let later = Self.iso(started, plusDays: 213)
        let first = try workspace.run("tick", "--now", later)
        #expect(first.exitCode == 0, "\(first)")
        let lines = first.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(first)")
        #expect(lines.first?.hasPrefix("P-0001: plan_overdue (due ") == true)
        #expect(lines.first?.hasSuffix(") fired") == true)
        #expect(lines.last == "1 deadline fired")

        let second = try workspace.run("tick", "--now", later, "--json")
        #expect(second.exitCode == 0, "\(second)")
        #expect(try second.jsonArray().isEmpty)

        let history = try workspace.history(id)
        let fired = history.filter { $0["event"] as? String == "plan_overdue" }
        #expect(fired.count == 1)
        #expect(fired.first?["kind"] as? String == "deadline")
        #expect(fired.first?["role"] as? String == "system")
        let partner = try workspace.show(id)
        #expect(partner["states"] as? [String] == ["capacity_strengthening"])
        #expect((partner["workflow_flags"] as? [Any])?.count == 2)
        #expect((partner["deadlines"] as? [Any])?.isEmpty == true)
        let notifications = try #require(partner["notifications"] as? [[String: Any]])
        #expect(notifications.contains { $0["role"] as? String == "psea_focal_point" })
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func tickAsJSONAndALeftStateCancelsItsDeadline() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let waiting = try workspace.addPartner()
        let moved = try workspace.addPartner("Rio Verde", country: "CO", type: "ngo")
        let started = Date()
        try workspace.accept(waiting, "start_assessment", role: "programme_officer")
        try workspace.accept(moved, "start_assessment", role: "programme_officer")
        try workspace.completeAssessment(moved, capacity: "full")
        let result = try workspace.run("tick", "--now", Self.iso(started, plusDays: 91), "--json")
        #expect(result.exitCode == 0, "\(result)")
        let fired = try result.jsonArray()
        try #require(fired.count == 1, "\(result)")
        #expect(fired[0]["subject"] as? String == waiting)
        #expect(fired[0]["event"] as? String == "assessment_overdue")
        #expect(fired[0]["refused"] is NSNull)
        let partner = try workspace.show(waiting)
        #expect(partner["states"] as? [String] == ["assessment"])
    }

    @Test(arguments: ["yesterday", "2026-13-01", "2026-01-01T25:00", ""])
    func badNowIsAUsageError(_ now: String) throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        try workspace.addPartner()
        let result = try workspace.run("tick", "--now", now)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("is not an ISO-8601 time"), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aTimeBeforeTheNewestEventIsRefusedAndWritesNothing() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        try workspace.send(partner, "start_assessment", role: "programme_officer")
        let before = try workspace.eventCount()
        let result = try workspace.run("tick", "--now", "2020-01-01")
        #expect(result.exitCode == 1, "\(result)")
        #expect(
            result.stderr.contains("--now 2020-01-01T00:00:00.000Z is before the newest event of the log"),
            "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(try workspace.eventCount() == before)
        // Now and later are fine.
        #expect(try workspace.run("tick").exitCode == 0)
        #expect(try workspace.run("tick", "--now", TickCommandTests.later()).exitCode == 0)
    }

    static func later() -> String {
        ISO8601DateFormatter().string(from: Date().addingTimeInterval(3_600))
    }
}
