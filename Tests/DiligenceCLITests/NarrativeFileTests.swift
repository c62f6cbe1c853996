import Foundation
import Testing

/// An allegation's narrative can come from a file or standard input, so that it never lands in the
/// shell's history or the process list.
@Suite struct NarrativeFileTests {
    func report(_ workspace: CLIWorkspace, _ extra: [String]) throws -> CLIResult {
        try workspace.allegation(
            ["report", "P-0001", "--received", "2026-01-05", "--type", "sexual_exploitation"] + extra,
            role: "psea_focal_point")
    }

    @Test func theNarrativeIsReadFromAFileAndSealed() throws {
        let workspace = try CLIWorkspace()
        try workspace.addPartner()
        try (CLIWorkspace.narrative + "\n").write(
            to: workspace.file("narrative.txt"), atomically: true, encoding: .utf8)
        let result = try report(workspace, ["--narrative-file", "narrative.txt"])
        #expect(result.exitCode == 0, "\(result)")
        let id = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try workspace.assignOfficer("fatima", to: "P-0001")
        let fields = try workspace.allegationFields(id, role: "psea_focal_point", restricted: true)
        #expect(fields["narrative"] as? String == CLIWorkspace.narrative)
        #expect(!(try workspace.databaseBytes()).contains { $0.data.containsText(CLIWorkspace.narrative) })
    }

    @Test func theVictimsAndPerpetratorsDetailsAreReadFromFilesAndSealed() throws {
        let workspace = try CLIWorkspace()
        try workspace.addPartner()
        let victim = "VICTIM-7d2e: a girl of 15 at the distribution site"
        let perpetrator = "PERPETRATOR-91ab: a driver of the partner"
        try victim.write(to: workspace.file("victim.txt"), atomically: true, encoding: .utf8)
        try perpetrator.write(to: workspace.file("perpetrator.txt"), atomically: true, encoding: .utf8)
        let result = try report(
            workspace,
            ["--victim-details-file", "victim.txt", "--perpetrator-details-file", "perpetrator.txt"])
        #expect(result.exitCode == 0, "\(result)")
        let id = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try workspace.assignOfficer("fatima", to: "P-0001")
        let fields = try workspace.allegationFields(id, role: "psea_focal_point", restricted: true)
        #expect(fields["victim_details"] as? String == victim)
        #expect(fields["perpetrator_details"] as? String == perpetrator)
        let bytes = try workspace.databaseBytes()
        #expect(!bytes.contains { $0.data.containsText(victim) || $0.data.containsText(perpetrator) })
    }

    @Test func aBadNarrativeFileIsRefusedAndNothingIsWritten() throws {
        let workspace = try CLIWorkspace()
        try workspace.addPartner()
        let before = try workspace.logCount()
        let missing = try report(workspace, ["--narrative-file", "none.txt"])
        #expect(
            missing.exitCode != 0
                && missing.stderr.contains("--narrative-file none.txt: there is no such file"), "\(missing)")
        // Standard input is empty here.
        let empty = try report(workspace, ["--narrative-file", "-"])
        #expect(empty.exitCode != 0 && empty.stderr.contains("--narrative-file -: is empty"), "\(empty)")
        let both = try report(workspace, ["--narrative-file", "-", "--narrative", "x"])
        #expect(both.exitCode != 0 && both.stderr.contains("not both"), "\(both)")
        let twice = try report(workspace, ["--narrative-file", "-", "--victim-details-file", "-"])
        #expect(twice.exitCode == 2 && twice.stderr.contains("standard input"), "\(twice)")
        let victim = try report(workspace, ["--victim-details-file", "none.txt"])
        #expect(victim.stderr.contains("--victim-details-file none.txt: there is no such file"), "\(victim)")
        let details = try report(
            workspace, ["--perpetrator-details-file", "x", "--perpetrator-details", "y"])
        #expect(details.exitCode == 2 && details.stderr.contains("not both"), "\(details)")
        #expect(try workspace.logCount() == before)
    }
}
