import Foundation
import Testing

@Suite("several diligence processes on one database at once")
struct ConcurrencyTests {
    static let processes = 6

    /// Registers ``processes`` partners at once, each in its own process; the results in order.
    func registerAtOnce(_ workspace: CLIWorkspace) throws -> [CLIResult] {
        let running = try (0..<Self.processes).map { index in
            try workspace.launch([
                "partner", "add", "Partner \(index)", "--country", "KE", "--type", "ngo", "--as", "amina",
                "--role", "programme_officer",
            ])
        }
        return running.map { $0.wait() }
    }

    @Test func onlyOneOfConcurrentIdenticalEventsIsAccepted() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let id = try workspace.addPartner()
        let running = try (0..<Self.processes).map { index in
            try workspace.launch([
                "send", id, "start_assessment", "--as", "officer\(index)", "--role", "programme_officer",
            ])
        }
        let results = running.map { $0.wait() }
        let accepted = results.filter { $0.exitCode == 0 }
        let refused = results.filter { $0.exitCode == 1 }
        #expect(accepted.count == 1, "\(results)")
        #expect(refused.count == Self.processes - 1, "\(results)")
        for result in refused {
            #expect(
                result.stderr.contains(
                    "\"start_assessment\" is not accepted while the record is in assessment"), "\(result)")
        }
        let history = try workspace.history(id)
        #expect(history.filter { $0["event"] as? String == "start_assessment" }.count == 1)
        #expect(history.count == 2)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func concurrentRegistrationsOnANewFileAllSucceed() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let results = try registerAtOnce(workspace)
        #expect(results.allSatisfy { $0.exitCode == 0 }, "\(results.filter { $0.exitCode != 0 })")
        let ids = results.map { $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(Set(ids) == Set((1...Self.processes).map { String(format: "P-%04d", $0) }), "\(ids)")
        let listed = try workspace.run("partner", "list", "--json").jsonArray()
        #expect(listed.count == Self.processes)
        let verify = try workspace.run("audit", "verify")
        #expect(verify.exitCode == 0, "\(verify)")
    }

    @Test func concurrentRegistrationsOnAnExistingFileAllSucceed() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        try workspace.addPartner()
        let results = try registerAtOnce(workspace)
        #expect(results.allSatisfy { $0.exitCode == 0 }, "\(results.filter { $0.exitCode != 0 })")
        let ids = Set(results.map { $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(ids.count == Self.processes)
        #expect(!ids.contains("P-0001"))
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func concurrentEventsOnDifferentPartnersAreAllAccepted() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        let ids = try (0..<4).map { try workspace.addPartner("Partner \($0)") }
        let running = try ids.map { id in
            try workspace.launch([
                "send", id, "start_assessment", "--as", "amina", "--role", "programme_officer",
            ])
        }
        let results = running.map { $0.wait() }
        #expect(results.allSatisfy { $0.exitCode == 0 }, "\(results)")
        for id in ids { #expect(try workspace.states(id) == ["assessment"]) }
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}

@Suite("audit verify beside writers")
struct VerifyWhileWritingTests {
    /// `audit verify` reads the log and the tables it compares in one snapshot: another process
    /// committing meanwhile never makes it report a broken log.
    @Test func verifyNeverRaisesAFalseAlarmWhileOthersWrite() throws {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        try workspace.addPartner()
        var writers: [RunningCLI] = []
        var verifications: [CLIResult] = []
        for round in 0..<8 {
            for index in 0..<3 {
                writers.append(
                    try workspace.launch([
                        "partner", "add", "Partner \(round)-\(index)", "--country", "KE", "--type", "ngo",
                        "--as",
                        "amina", "--role", "programme_officer",
                    ]))
            }
            verifications.append(try workspace.run("audit", "verify"))
        }
        let written = writers.map { $0.wait() }
        #expect(written.allSatisfy { $0.exitCode == 0 }, "\(written.filter { $0.exitCode != 0 })")
        for result in verifications {
            #expect(result.exitCode == 0 && result.stdout.hasPrefix("the log is intact"), "\(result)")
        }
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}
