import Foundation
import Testing

@Suite("audit verify: the log proves itself")
struct AuditTests {
    /// A database with a partner in engagement and another registered: 8 log rows, of which the
    /// installation's, the administrator's and the two actors' accounts are 4.
    func engagedWorkspace() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace(lifecycle: .manual)
        _ = try workspace.engagedPartner()
        try workspace.addPartner("Rio Verde", country: "CO", type: "ngo")
        return workspace
    }

    /// The sequence number of the log row of an event.
    func seq(of event: String, in workspace: CLIWorkspace) throws -> Int {
        try #require(
            Int(
                try SQLiteFile.strings(
                    "SELECT seq FROM event WHERE name = '\(event)'", at: workspace.database
                )
                .first ?? ""))
    }

    @Test func cleanDatabaseIsIntact() throws {
        let workspace = try engagedWorkspace()
        let result = try workspace.run("audit", "verify")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "the log is intact: 8 events chained, 2 records equal their replay\n")
        let json = try workspace.run("audit", "verify", "--json").jsonObject()
        #expect(json["intact"] as? Bool == true)
        #expect(json["events_checked"] as? Int == 8)
        #expect(json["records_checked"] as? Int == 2)
        #expect((json["problems"] as? [Any])?.isEmpty == true)
    }

    @Test func theLogRefusesUpdatesUnlessItsTriggerIsDropped() throws {
        let workspace = try engagedWorkspace()
        #expect(throws: (any Error).self) {
            try SQLiteFile.execute("UPDATE event SET actor = 'mallory' WHERE seq = 3", at: workspace.database)
        }
        #expect(throws: (any Error).self) {
            try SQLiteFile.execute("DELETE FROM event WHERE seq = 3", at: workspace.database)
        }
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func changedEventIsNamed() throws {
        let workspace = try engagedWorkspace()
        let completed = try seq(of: "complete_assessment", in: workspace)
        let data = try SQLiteFile.strings(
            "SELECT data FROM event WHERE seq = \(completed)", at: workspace.database)
        #expect(data.first?.contains("\"full\"") == true)
        let result = try workspace.auditVerifyAfterTampering(
            """
            DROP TRIGGER event_is_append_only_update;
            UPDATE event SET data = replace(data, '"full"', '"medium"') WHERE seq = \(completed);
            """)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(
            result.stderr.hasPrefix(
                "error: the log is not intact: event \(completed) (P-0001): the row's content does not match"),
            "\(result)")

        let json = try workspace.run("audit", "verify", "--json")
        #expect(json.exitCode == 1)
        let report = try json.jsonObject()
        #expect(report["intact"] as? Bool == false)
        let problems = try #require(report["problems"] as? [[String: Any]])
        #expect(problems.first?["seq"] as? Int == completed)
        #expect(problems.first?["subject"] as? String == "P-0001")
    }

    @Test func removedEventIsNamed() throws {
        let workspace = try engagedWorkspace()
        let started = try seq(of: "start_assessment", in: workspace)
        let result = try workspace.auditVerifyAfterTampering(
            "DROP TRIGGER event_is_append_only_delete; DELETE FROM event WHERE seq = \(started);")
        #expect(
            result.stderr.contains(
                "event \(started + 1) (P-0001): the log jumps from event \(started - 1) to \(started + 1)"),
            "\(result)")
    }

    @Test func editedSnapshotIsNamed() throws {
        let workspace = try engagedWorkspace()
        try SQLiteFile.execute(
            "UPDATE instance SET snapshot = replace(snapshot, '\"full\"', '\"medium\"') WHERE subject = 'P-0001'",
            at: workspace.database)
        let shown = try workspace.show("P-0001")
        #expect((shown["context"] as? [String: Any])?["capacity_level"] as? String == "medium")
        let result = try workspace.run("audit", "verify")
        #expect(result.exitCode == 1, "\(result)")
        #expect(
            result.stderr.contains("the snapshot P-0001 differs from what replaying the log gives"),
            "\(result)")
    }

    @Test func editedSideTablesAreNamed() throws {
        let workspace = try engagedWorkspace()
        let renamed = try workspace.auditVerifyAfterTampering(
            "UPDATE partner SET name = 'Someone Else' WHERE id = 'P-0002'")
        #expect(renamed.stderr.contains("the partner row P-0002 differs"), "\(renamed)")
    }
}
