import Foundation
import Testing

/// The allegation figures of `audit indicators` and the open-case column of `audit risk`, worked
/// out by hand, and never a restricted value in any format of either report.
///
/// This year (Y): G-0001 (P-0002) received Y-01-05, reported to the UN entity the same day (on
/// time), consent given and assistance provided; G-0002 (P-0001) received Y-02-01, with a
/// narrative, not reported yet. Last year: G-0003 (P-0003) received (Y-1)-12-20.
@Suite("audit reports: allegation figures")
struct AuditAllegationFiguresTests {
    static let narrative = "Narrative that must never leave the allegation record 7Q"

    func portfolio() throws -> (CLIWorkspace, year: Int) {
        let workspace = try CLIWorkspace()
        let year = Int(AuditReportTests.today.prefix(4))!
        for name in ["Amani", "Baraka", "Cauca"] { _ = try workspace.addPartner(name) }
        func report(_ partner: String, _ received: String, _ extra: [String] = []) throws -> String {
            let result = try workspace.allegation(
                ["report", partner, "--received", received, "--type", "sexual_abuse"] + extra,
                role: "psea_focal_point")
            try #require(result.exitCode == 0, "\(result)")
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let first = try report("P-0002", "\(year)-01-05")
        _ = try report("P-0001", "\(year)-02-01", ["--narrative", Self.narrative])
        _ = try report("P-0003", "\(year - 1)-12-20")
        try #require(first == "G-0001")
        let sent = try workspace.send(
            first, "report_to_un", role: "psea_focal_point", set: ["reported_on=\(year)-01-05"])
        try #require(sent.exitCode == 0, "\(sent)")
        for arguments in [
            ["consent", first, "--given", "--date", "\(year)-01-06"],
            ["assist", first, "--type", "medical_care", "--status", "offered", "--date", "\(year)-01-06"],
            ["assist", first, "--type", "medical_care", "--status", "provided", "--date", "\(year)-01-07"],
        ] {
            let result = try workspace.allegation(arguments, role: "psea_focal_point")
            try #require(result.exitCode == 0, "\(result)")
        }
        return (workspace, year)
    }

    @Test func figuresOfThisYearAndLastYear() throws {
        let (workspace, year) = try portfolio()
        // The figures as a focal point, who reads every partner's cases, sees them.
        let focal = ["--as", "tester", "--role", "psea_focal_point"]
        let now = try workspace.run(["audit", "indicators", "--year", String(year), "--json"] + focal)
        try #require(now.exitCode == 0, "\(now)")
        let figures = try #require(try now.jsonObject()["allegations"] as? [String: Any])
        #expect(figures["received"] as? Int == 2)
        #expect(figures["reported_on_time"] as? Int == 1)
        #expect(figures["assisted_with_consent"] as? Int == 1)
        #expect(figures["by_status"] as? [String: Int] == ["received": 1, "reported_to_un": 1])
        #expect(figures["open"] as? Int == 3)
        #expect(figures["substantiated"] as? Int == 0)
        let last = try workspace.run(["audit", "indicators", "--year", String(year - 1), "--json"] + focal)
        let before = try #require(try last.jsonObject()["allegations"] as? [String: Any])
        #expect(before["received"] as? Int == 1 && before["reported_on_time"] as? Int == 0)
        #expect(before["by_status"] as? [String: Int] == ["received": 1])
        // No partner was registered last year, so no open case is counted against one.
        #expect(before["open"] as? Int == 0)
        let csv = try workspace.run(["audit", "indicators", "--year", String(year), "--csv"] + focal)
        let records = AuditReportTests.parseCSV(csv.stdout)
        let onTime = try #require(records.first { $0.count > 2 && $0[2] == "allegations_reported_on_time" })
        #expect(Array(onTime[3...5]) == ["1", "2", "0.5000"])
        #expect(
            records.contains { $0.count > 3 && $0[2] == "allegations_status_reported_to_un" && $0[3] == "1" })
        // A manager, or a reader without an account, sees none of these small counts: 2 cases
        // received, 1 on time, 1 open last year would single cases out.
        for acting in [["--as", "maria", "--role", "manager"], []] {
            let shown = try workspace.run(["audit", "indicators", "--year", String(year), "--json"] + acting)
            let hidden = try #require(try shown.jsonObject()["allegations"] as? [String: Any])
            #expect(hidden["received"] is NSNull && hidden["reported_on_time"] is NSNull, "\(shown)")
            #expect((hidden["by_status"] as? [String: Any])?.values.allSatisfy { $0 is NSNull } == true)
            #expect(hidden["open"] as? Int == 3)
            let text = try workspace.run(["audit", "indicators", "--year", String(year)] + acting)
            #expect(
                text.stdout.contains("<3") && text.stdout.contains("no figure singles out a case"), "\(text)")
        }
    }

    @Test func aPartnersStaffAreRefusedThePortfolioWideReports() throws {
        let (workspace, _) = try portfolio()
        for report in ["risk", "indicators"] {
            let result = try workspace.run("audit", report, "--json", "--as", "wanjiru", "--role", "partner")
            #expect(result.exitCode != 0 && result.stdout.isEmpty, "\(result)")
            #expect(result.stderr.contains("held by a partner's own staff"), "\(result)")
            #expect(
                result.stderr.contains("manager") && !result.stderr.contains("fire deadlines"), "\(result)")
        }
    }

    @Test func riskCountsOpenCasesPerPartner() throws {
        let (workspace, _) = try portfolio()
        // A focal point, who reads every partner's cases, sees each partner's count.
        let result = try workspace.run(
            "audit", "risk", "--json", "--as", "fatima", "--role", "psea_focal_point")
        try #require(result.exitCode == 0, "\(result)")
        let partners = try #require(try result.jsonObject()["partners"] as? [[String: Any]])
        #expect(partners.map { $0["open_allegations"] as? Int } == [1, 1, 1])
        let totals = try #require(try result.jsonObject()["totals"] as? [String: Any])
        #expect((totals["all"] as? [String: Any])?["open_allegations"] as? Int == 3)
        // A manager (and a reader without an account) sees no count that singles out a case: each
        // partner's single case is suppressed; the total of three is not.
        for acting in [["--as", "maria", "--role", "manager"], []] {
            let manager = try workspace.run(["audit", "risk", "--json"] + acting)
            let lines = try #require(try manager.jsonObject()["partners"] as? [[String: Any]])
            #expect(lines.allSatisfy { $0["open_allegations"] is NSNull }, "\(manager)")
            let all = (try manager.jsonObject()["totals"] as? [String: Any])?["all"] as? [String: Any]
            #expect(all?["open_allegations"] as? Int == 3)
            #expect(try manager.jsonObject()["small_cells_suppressed"] as? Bool == true)
            let text = try workspace.run(["audit", "risk"] + acting)
            #expect(text.stdout.contains("<3 open") && !text.stdout.contains("1 open"), "\(text)")
            let csv = try workspace.run(["audit", "risk", "--csv"] + acting)
            #expect(
                AuditReportTests.parseCSV(csv.stdout).dropFirst().allSatisfy { $0.contains("<3") }, "\(csv)")
        }
    }

    @Test func noRestrictedValueInAnyFormatOfEitherReport() throws {
        let (workspace, year) = try portfolio()
        for report in ["risk", "indicators"] {
            for format in [[], ["--json"], ["--csv"]] {
                for role in ["manager", "psea_focal_point"] {
                    let result = try workspace.run(
                        ["audit", report] + format
                            + (report == "indicators" ? ["--year", String(year)] : []),
                        environment: ["DILIGENCE_USER": "max", "DILIGENCE_ROLE": role])
                    #expect(result.exitCode == 0, "\(result)")
                    #expect(!result.stdout.contains("7Q") && !result.stderr.contains("7Q"), "\(result)")
                    #expect(!result.stdout.contains("narrative"), "\(result)")
                }
            }
        }
        // Neither report reads restricted fields, so neither logs a read.
        let reads = try workspace.run("audit", "reads", "--json")
        #expect(reads.exitCode == 0, "\(reads)")
        #expect((try reads.json() as? [Any])?.isEmpty == true, "\(reads)")
    }
}
