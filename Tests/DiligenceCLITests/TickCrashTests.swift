import Foundation
import Testing

/// `tick` killed in the middle of firing many deadlines loses none and fires none twice: each
/// deadline fires in its own transaction, and the next tick goes on where the killed one stopped.
@Suite("tick: a kill in the middle loses no deadline and fires none twice")
struct TickCrashTests {
    static let partners = 30
    static let deadlinesPerPartner = 60

    /// A partner workflow whose first state schedules many deadlines, each accepted where it is
    /// (with the `confirm_training` event every partner workflow handles).
    static var loadWorkflow: String {
        let events = (1...deadlinesPerPartner).map { String(format: "d%03d", $0) }
        return """
            workflow: partner-lifecycle
            version: 1
            title: Many deadlines
            subject: partner
            started_by: [manager]
            roles:
              manager: Registers partners.
            initial: waiting
            states:
              waiting:
                deadlines:
            \(events.enumerated().map { "      - {after: \($0.offset + 1)h, send: \($0.element)}" }.joined(separator: "\n"))
                on:
            \(events.map { "      - {event: \($0), roles: [system]}" }.joined(separator: "\n"))
                  - {event: confirm_training, roles: [manager]}
                  - {event: close, target: closed, roles: [manager]}
              closed:
                type: final
            """
    }

    @Test func everyDeadlineFiresExactlyOnceInDueOrderAcrossAKill() throws {
        let workspace = try CLIWorkspace()
        try Self.loadWorkflow.write(
            to: workspace.file("Workflows/partner-lifecycle.yaml"), atomically: true, encoding: .utf8)
        for index in 0..<Self.partners {
            let result = try workspace.run(
                "partner", "add", "Partner \(index)", "--country", "KE", "--type", "ngo", "--as", "max",
                "--role",
                "manager")
            try #require(result.exitCode == 0, "\(result)")
        }
        let total = Self.partners * Self.deadlinesPerPartner
        let pending = "SELECT COUNT(*) FROM deadline WHERE status = 'pending'"
        #expect(try SQLiteFile.strings(pending, at: workspace.database) == ["\(total)"])

        let later = TickCommandTests.iso(Date(), plusDays: 30)
        let running = try workspace.launch(["tick", "--now", later])
        let fired = "SELECT COUNT(*) FROM event WHERE kind = 'deadline'"
        let deadline = Date().addingTimeInterval(120)
        while running.isRunning, Date() < deadline {
            let count = Int(try SQLiteFile.strings(fired, at: workspace.database).first ?? "0") ?? 0
            if count >= 100 { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        running.kill()
        let killed = running.wait()
        #expect(
            running.wasKilled,
            "tick finished before it could be killed; raise the number of deadlines: \(killed)")
        let firedBefore = Int(try SQLiteFile.strings(fired, at: workspace.database).first ?? "0") ?? 0
        #expect(firedBefore > 0 && firedBefore < total, "\(firedBefore) of \(total) fired before the kill")

        let second = try workspace.run("tick", "--now", later)
        #expect(second.exitCode == 0, "\(second)")
        #expect(
            second.stdout.hasSuffix("\(total - firedBefore) deadlines fired\n"),
            "\(second.stdout.suffix(200))")
        let third = try workspace.run("tick", "--now", later)
        #expect(third.stdout == "0 deadlines fired\n")

        // Exactly once: one log row per scheduled deadline, none left pending.
        let perDeadline = try SQLiteFile.strings(
            "SELECT COUNT(*) FROM event WHERE kind = 'deadline' GROUP BY subject, json_extract(data, '$.deadline')",
            at: workspace.database)
        #expect(perDeadline.count == total)
        #expect(perDeadline.allSatisfy { $0 == "1" })
        #expect(try SQLiteFile.strings(pending, at: workspace.database) == ["0"])
        #expect(
            try SQLiteFile.strings(
                "SELECT COUNT(*) FROM deadline WHERE status = 'fired'", at: workspace.database)
                == ["\(total)"])
        // In due-time order across both runs.
        let dues = try SQLiteFile.strings(
            "SELECT json_extract(data, '$.due') FROM event WHERE kind = 'deadline' ORDER BY seq",
            at: workspace.database)
        #expect(dues == dues.sorted())
        let audit = try workspace.run("audit", "verify")
        #expect(audit.exitCode == 0, "\(audit)")
    }
}
