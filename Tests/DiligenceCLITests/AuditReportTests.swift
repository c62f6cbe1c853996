import Foundation
import Testing

/// `audit risk` and `audit indicators` end to end through the `diligence` executable, on the
/// portfolio of ``CLIWorkspace/portfolio()`` (worked out by hand: P-0001 assessed at full capacity
/// today, P-0002 with one yellow and one red flag, P-0003 with nothing).
@Suite("audit reports through the CLI")
struct AuditReportTests {
    /// Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes, CR, LF).
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" {
                        field.unicodeScalars.append(characters.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r" && characters.first == "\n" {
                characters.removeFirst()
                record.append(field)
                records.append(record)
                (record, field) = ([], "")
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }

    static var today: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    @Test func riskAsJSONGivesEachPartnerAndTheTotals() throws {
        let workspace = try CLIWorkspace.flagging()
        try workspace.portfolio()
        let result = try workspace.run("audit", "risk", "--json")
        try #require(result.exitCode == 0, "\(result)")
        let report = try result.jsonObject()
        let partners = try #require(report["partners"] as? [[String: Any]])
        #expect(partners.map { $0["id"] as? String } == ["P-0001", "P-0002", "P-0003"])
        let amani = partners[0]
        #expect(amani["name"] as? String == CLIWorkspace.awkwardName)
        #expect(amani["capacity_level"] as? String == "full")
        #expect(amani["assessment_final_on"] as? String == Self.today)
        #expect(amani["assessment_age_days"] as? Int == 0)
        #expect(amani["assessed"] as? Bool == true)
        #expect(amani["locked"] as? Bool == false)
        let baraka = partners[1]
        #expect(baraka["capacity_level"] as? String == "not_assessed")
        #expect(baraka["assessment_age_days"] is NSNull)
        let flags = try #require(baraka["open_flags"] as? [String: Int])
        #expect(flags == ["observation": 0, "yellow": 1, "escalated": 0, "red": 1])
        #expect(baraka["locked"] as? Bool == true)
        #expect(baraka["open_allegations"] as? Int == 0)
        #expect((baraka["agreement"] as? [String: Any])?["cleared"] is NSNull)
        #expect((baraka["training"] as? [String: Any])?["band"] is NSNull)
        let totals = try #require(report["totals"] as? [String: Any])
        let countries = try #require(totals["by_country"] as? [[String: Any]])
        #expect(countries.map { $0["key"] as? String } == ["CO", "KE"])
        #expect(countries.map { $0["partners"] as? Int } == [1, 2])
        #expect(countries.map { $0["locked"] as? Int } == [0, 1])
        #expect(countries.map { $0["assessed"] as? Int } == [0, 1])
        let types = try #require(totals["by_type"] as? [[String: Any]])
        #expect(types.map { $0["key"] as? String } == ["cso", "ngo"])
        #expect(types.map { $0["partners"] as? Int } == [1, 2])
        let all = try #require(totals["all"] as? [String: Any])
        #expect(all["partners"] as? Int == 3)
        #expect((all["open_flags"] as? [String: Int])?["red"] == 1)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func riskAsCSVQuotesTheAwkwardName() throws {
        let workspace = try CLIWorkspace.flagging()
        try workspace.portfolio()
        let result = try workspace.run("audit", "risk", "--csv")
        try #require(result.exitCode == 0, "\(result)")
        #expect(result.stdout.hasSuffix("\r\n"))
        #expect(
            result.stdout.contains("P-0001,\"Amani, \"\"Trust\"\"\nNairobi\",KE,ngo,"), "\(result.stdout)")
        let records = Self.parseCSV(result.stdout)
        try #require(records.count == 4, "\(records)")
        let header = records[0]
        #expect(header.first == "id" && header.contains("flags_red") && header.last == "locked")
        #expect(records.allSatisfy { $0.count == header.count })
        let column = { (name: String) in header.firstIndex(of: name)! }
        #expect(records[1][column("name")] == CLIWorkspace.awkwardName)
        #expect(records[1][column("capacity_level")] == "full")
        #expect(records[1][column("assessment_age_days")] == "0")
        #expect(records[2][column("flags_yellow")] == "1" && records[2][column("flags_red")] == "1")
        #expect(records[2][column("locked")] == "yes" && records[3][column("locked")] == "no")
        #expect(records[2][column("agreement_cleared")] == "")
        // Only one header row: no totals in CSV.
        #expect(records.dropFirst().allSatisfy { $0[0].hasPrefix("P-") })
    }

    @Test func riskAsTextIsATableWithTotals() throws {
        let workspace = try CLIWorkspace.flagging()
        try workspace.portfolio()
        let result = try workspace.run("audit", "risk")
        try #require(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Partner risk on \(Self.today): 3 partners")
        let amani = try #require(lines.first { $0.hasPrefix("P-0001") })
        // The name's line break is shown as a space, so the table keeps one line per partner.
        #expect(amani.contains("Amani, \"Trust\" Nairobi"))
        #expect(amani.contains("full") && amani.contains("\(Self.today) (0 days ago)"))
        let baraka = try #require(lines.first { $0.hasPrefix("P-0002") })
        #expect(baraka.contains("0/1/0/1") && baraka.contains("LOCKED") && baraka.contains("never"))
        #expect(lines.contains("Totals by country") && lines.contains("Totals by partner type"))
        let kenya = try #require(lines.first { $0.hasPrefix("KE ") })
        #expect(
            kenya.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                == ["KE", "2", "1", "0/1/0/1", "0", "0", "0", "0", "0", "1"])
    }

    @Test func riskFiltersByCountryAndType() throws {
        let workspace = try CLIWorkspace.flagging()
        try workspace.portfolio()
        func ids(_ arguments: String...) throws -> [String?] {
            let result = try workspace.run(["audit", "risk", "--json"] + arguments)
            try #require(result.exitCode == 0, "\(result)")
            return (try result.jsonObject()["partners"] as? [[String: Any]] ?? []).map { $0["id"] as? String }
        }
        #expect(try ids("--country", "ke") == ["P-0001", "P-0002"])
        #expect(try ids("--type", "ngo") == ["P-0001", "P-0003"])
        #expect(try ids("--country", "KE", "--type", "NGO") == ["P-0001"])
        #expect(try ids("--country", "UG") == [])
        let none = try workspace.run("audit", "risk", "--country", "UG")
        #expect(none.exitCode == 0 && none.stdout == "no partners match\n", "\(none)")
    }

    @Test func indicatorsFromThePortfolio() throws {
        let workspace = try CLIWorkspace.flagging()
        try workspace.portfolio()
        let year = String(Self.today.prefix(4))
        let result = try workspace.run("audit", "indicators", "--year", year, "--json")
        try #require(result.exitCode == 0, "\(result)")
        let figures = try result.jsonObject()
        #expect(figures["year"] as? Int == Int(year))
        #expect(figures["reference_day"] as? String == Self.today)
        #expect(figures["partners"] as? Int == 3)
        let assessed = try #require(figures["partners_assessed"] as? [String: Any])
        #expect(assessed["count"] as? Int == 1 && assessed["of"] as? Int == 3)
        #expect(assessed["share"] as? String == "0.3333")
        #expect(assessed["target"] as? String == "1.0000" && assessed["on_target"] as? Bool == false)
        let capacity = try #require(figures["capacity"] as? [String: Int])
        #expect(capacity["full"] == 1 && capacity["not_assessed"] == 2 && capacity["low"] == 0)
        let trained = try #require(figures["personnel_trained"] as? [String: Any])
        #expect(trained["count"] as? Int == 0 && trained["share"] is NSNull)
        #expect(trained["target"] as? String == "0.8500")
        let allegations = try #require(figures["allegations"] as? [String: Any])
        #expect(allegations["received"] as? Int == 0 && allegations["open"] as? Int == 0)
        // Last year ended before any partner was registered.
        let last = try workspace.run("audit", "indicators", "--year", String(Int(year)! - 1), "--json")
        #expect(try last.jsonObject()["partners"] as? Int == 0)
    }

    @Test func anAgreementCountsOnceProcurementDecidedEveryMandatoryClause() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.importedAgreement()
        func risk() throws -> (agreement: [String: Any], text: String, of: Int?) {
            let json = try workspace.run("audit", "risk", "--json").jsonObject()
            let partner = try #require((json["partners"] as? [[String: Any]])?.first)
            let indicators = try workspace.run("audit", "indicators", "--json").jsonObject()
            let agreements = indicators["agreements_with_all_mandatory_clauses"] as? [String: Any]
            return (
                try #require(partner["agreement"] as? [String: Any]),
                try workspace.run("audit", "risk").stdout,
                agreements?["of"] as? Int
            )
        }
        // Just imported: under review, and no agreement in the indicator's denominator yet.
        let imported = try risk()
        #expect(imported.agreement["reviewed"] as? Bool == false, "\(imported.agreement)")
        #expect(imported.text.contains("under review"), "\(imported.text)")
        #expect(imported.of == 0)
        // Amendments requested on every mandatory clause not confirmed: reviewed, not cleared.
        let unresolved = try #require(try workspace.showAgreement(id)["mandatory_unresolved"] as? [String])
        try #require(try workspace.send(id, "start_review", role: "procurement").exitCode == 0)
        for clause in unresolved {
            let amended = try workspace.agreement(
                ["amend", id, clause, "--note", "Add the standard clause."], role: "procurement")
            try #require(amended.exitCode == 0, "\(amended)")
        }
        let reviewed = try risk()
        #expect(reviewed.agreement["reviewed"] as? Bool == true, "\(reviewed.agreement)")
        #expect(reviewed.text.contains("\(unresolved.count) missing"), "\(reviewed.text)")
        #expect(reviewed.of == 1)
    }

    @Test func indicatorsAsCSVAndTextUseTheConfiguredTarget() throws {
        let workspace = try CLIWorkspace.flagging()
        try workspace.portfolio()
        try "indicators:\n  partners_assessed_target: 0.3\n".write(
            to: workspace.file("Assessments/indicators.yaml"), atomically: true, encoding: .utf8)
        let csv = try workspace.run("audit", "indicators", "--csv")
        try #require(csv.exitCode == 0, "\(csv)")
        let records = Self.parseCSV(csv.stdout)
        #expect(
            records.first == [
                "year", "reference_day", "indicator", "count", "of", "share", "target", "on_target",
            ])
        let assessed = try #require(records.first { $0.count > 2 && $0[2] == "partners_assessed" })
        #expect(assessed == ["", Self.today, "partners_assessed", "1", "3", "0.3333", "0.3000", "yes"])
        let trained = try #require(records.first { $0.count > 2 && $0[2] == "personnel_trained" })
        #expect(trained == ["", Self.today, "personnel_trained", "0", "0", "", "0.8500", ""])
        let text = try workspace.run("audit", "indicators")
        #expect(
            text.stdout.hasPrefix(
                "PSEA indicators for today, \(Self.today) (targets from Assessments/indicators.yaml)"))
        let line = try #require(
            text.stdout.split(separator: "\n").first { $0.hasPrefix("partners assessed") })
        #expect(line.contains("1 of 3") && line.contains("33.3 %") && line.contains("30 % (met)"), "\(line)")
    }

    @Test func checkListsTheIndicatorTargets() throws {
        let workspace = try CLIWorkspace()
        let result = try workspace.run("check")
        #expect(result.exitCode == 0, "\(result)")
        #expect(
            result.stdout.contains(
                "ok  Assessments/indicators.yaml: indicator targets, partners assessed 100 %, personnel trained 85 %"
            ),
            "\(result)")
    }

    @Test func aBadIndicatorsFileStopsTheReportWithItsPosition() throws {
        let workspace = try CLIWorkspace.flagging()
        try workspace.portfolio()
        try "indicators:\n  personnel_trained_target: 85\n".write(
            to: workspace.file("Assessments/indicators.yaml"), atomically: true, encoding: .utf8)
        let result = try workspace.run("audit", "indicators")
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "Assessments/indicators.yaml:2:29: error: personnel_trained_target \"85\""), "\(result)")
    }

    @Test(arguments: [
        (["audit", "risk", "--country", "KEN"], "--country \"KEN\" is not a two-letter country code"),
        (["audit", "risk", "--country", "K1"], "--country \"K1\" is not a two-letter country code"),
        (
            ["audit", "risk", "--type", "ngoo"],
            "--type \"ngoo\" is not a kind of partner; did you mean \"ngo\"?"
        ),
        (
            ["audit", "risk", "--type", "charity"],
            "--type \"charity\" is not a kind of partner; use one of cso"
        ),
        (["audit", "risk", "--json", "--csv"], "choose one output format: --json or --csv, not both"),
        (["audit", "indicators", "--year", "20x6"], "--year \"20x6\" is not a year; give four digits"),
        (["audit", "indicators", "--year", "26"], "--year \"26\" is not a year"),
        (["audit", "indicators", "--year", "9999"], "--year 9999 has not begun"),
        (["audit", "indicators", "--csv", "--json"], "choose one output format"),
    ])
    func badInputIsAUsageErrorAndWritesNothing(_ arguments: [String], _ message: String) throws {
        let workspace = try CLIWorkspace.flagging()
        // Before any database exists: none is created.
        let fresh = try workspace.run(arguments)
        #expect(fresh.exitCode == 2, "\(fresh)")
        #expect(fresh.stdout.isEmpty)
        #expect(fresh.stderr.hasPrefix("error: ") && fresh.stderr.contains(message), "\(fresh)")
        #expect(try workspace.writtenFiles().isEmpty)
        // With a database: it is left byte for byte as it was.
        _ = try workspace.addPartner()
        let before = try Data(contentsOf: workspace.database)
        let files = try workspace.writtenFiles()
        let again = try workspace.run(arguments)
        #expect(again.exitCode == 2 && again.stdout.isEmpty, "\(again)")
        #expect(try Data(contentsOf: workspace.database) == before)
        #expect(try workspace.writtenFiles() == files)
    }

    @Test func withoutADatabaseTheReportsSaySoAndCreateNone() throws {
        let workspace = try CLIWorkspace.flagging()
        for report in ["risk", "indicators"] {
            let result = try workspace.run("audit", report)
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stdout.isEmpty)
            #expect(try workspace.writtenFiles().isEmpty)
        }
    }
}
