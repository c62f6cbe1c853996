import Foundation
import Testing

@Suite("history: the log of one record")
struct HistoryCommandTests {
    @Test func historyAsJSON() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.engagedPartner()
        let history = try workspace.history(id)
        try #require(history.count == 3)
        // Between the record's rows sit the account rows of its actors' first acts.
        let seqs = history.compactMap { $0["seq"] as? Int }
        #expect(seqs.count == 3 && seqs == seqs.sorted() && Set(seqs).count == 3)
        #expect(history.map { $0["kind"] as? String } == ["start", "event", "event"])
        #expect(
            history.map { $0["event"] as? String } == ["register", "start_assessment", "complete_assessment"])
        #expect(history[0]["actor"] as? String == "amina")
        #expect(history[1]["actor"] as? String == "tester")
        #expect(history.allSatisfy { $0["role"] as? String == "programme_officer" })
        #expect(history[0]["entered"] as? [String] == ["registered"])

        let completed = history[2]
        let data = try #require(completed["data"] as? [String: Any])
        #expect(data["capacity_level"] as? String == "full")
        #expect(data["assessed_on"] as? String == "2026-01-10")
        let transitions = try #require(completed["transitions"] as? [[String: Any]])
        #expect(transitions.first?["source"] as? String == "assessment")
        #expect(transitions.first?["target"] as? String == "engagement")
        let hashes = history.compactMap { $0["hash"] as? String }
        #expect(Set(hashes).count == 3)
        #expect(hashes.allSatisfy { $0.count >= 32 })
        #expect(history.allSatisfy { ($0["definition_hash"] as? String)?.isEmpty == false })
    }

    @Test func historyAsText() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.engagedPartner()
        let result = try workspace.run("history", id)
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 4, "\(result)")
        #expect(lines[0].hasPrefix("#"))
        #expect(lines[0].contains("EVENT") && lines[0].contains("MOVED"))
        #expect(lines[1].contains("amina (programme_officer)") && lines[1].contains("started in registered"))
        #expect(lines[2].contains("start_assessment") && lines[2].contains("registered -> assessment"))
        #expect(lines[3].contains("complete_assessment") && lines[3].contains("assessment -> engagement"))
        #expect(lines[3].contains("capacity_level = full"))
    }

    @Test func historyOnlyShowsTheRecordAsked() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let first = try workspace.addPartner()
        let second = try workspace.addPartner("Rio Verde", country: "CO", type: "ngo")
        try workspace.accept(second, "start_assessment", role: "programme_officer")
        #expect(try workspace.history(first).count == 1)
        let events = try workspace.history(second)
        let seqs = events.compactMap { $0["seq"] as? Int }
        #expect(seqs.count == 2 && seqs[0] < seqs[1])
        #expect(try workspace.history(first).first?["seq"] as? Int ?? .max < seqs[0])
    }
}
