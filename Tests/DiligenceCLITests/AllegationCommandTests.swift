import Foundation
import GRDB
import Testing

/// Allegation cases end to end through the `diligence` executable: the case path with assistance
/// beside it, the partner's deadline to report, and bad input.
@Suite("allegations through the CLI")
struct AllegationCommandTests {
    @Test func aCaseRunsFromReceiptToClosureWithAssistanceBesideIt() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.reportedAllegation(received: "2026-01-05")
        #expect(id == "G-0001")
        // Assistance starts before the case moves at all: it never waits for the investigation.
        let consent = try workspace.allegation(
            ["consent", id, "--given", "--date", "2026-01-06"], role: "psea_focal_point")
        #expect(consent.exitCode == 0, "\(consent)")
        let offered = try workspace.allegation(
            ["assist", id, "--type", "medical_care", "--status", "offered", "--date", "2026-01-06"],
            role: "psea_focal_point")
        #expect(offered.exitCode == 0, "\(offered)")
        try workspace.accept(id, "report_to_un", role: "programme_officer", set: ["reported_on=2026-01-06"])
        try workspace.accept(id, "start_assessment", role: "psea_focal_point")
        try workspace.accept(
            id, "investigate", role: "psea_focal_point",
            set: ["investigating_entity=partner investigation unit"])
        for (type, status) in [("medical_care", "provided"), ("psychosocial_support", "accepted")] {
            let result = try workspace.allegation(
                ["assist", id, "--type", type, "--status", status, "--date", "2026-01-10"],
                role: "psea_focal_point")
            #expect(result.exitCode == 0, "\(result)")
        }
        try workspace.accept(
            id, "record_interim_actions", role: "psea_focal_point",
            set: ["interim_actions=staff member suspended"])
        try workspace.accept(
            id, "conclude", role: "psea_focal_point",
            set: ["outcome=substantiated", "criminal_referral=true"])
        var fields = try workspace.allegationFields(id, role: "programme_officer")
        #expect(fields["status"] as? String == "substantiated")
        #expect(fields["reported_late"] as? Bool == false)
        try workspace.accept(
            id, "record_actions", role: "psea_focal_point", set: ["final_actions=contract terminated"])
        try workspace.accept(id, "close", role: "psea_focal_point")
        fields = try workspace.allegationFields(id, role: "psea_focal_point", restricted: true)
        #expect(fields["status"] as? String == "closed")
        #expect(fields["consent"] as? String == "given")
        #expect(fields["criminal_referral"] as? Bool == true)
        #expect(fields["final_actions"] as? [String] == ["contract terminated"])
        #expect(
            fields["assistance_counts"] as? [String: Int] == ["offered": 1, "provided": 1, "accepted": 1])
        let assistance = try #require(fields["assistance"] as? [[String: String]])
        #expect(assistance.map { $0["type"] } == ["medical_care", "medical_care", "psychosocial_support"])
        #expect(assistance.map { $0["status"] } == ["offered", "provided", "accepted"])
        #expect(assistance.map { $0["date"] } == ["2026-01-06", "2026-01-10", "2026-01-10"])
        // The case is closed; assistance goes on until it is ended, then the record completes.
        let later = try workspace.allegation(
            ["assist", id, "--type", "legal_assistance", "--status", "declined", "--date", "2026-01-20"],
            role: "psea_focal_point")
        #expect(later.exitCode == 0, "\(later)")
        try workspace.accept(id, "end_assistance", role: "psea_focal_point")
        let list = try workspace.allegation(
            ["list", "--status", "closed", "--json"], role: "programme_officer")
        #expect(try list.jsonArray().map { $0["id"] as? String } == [id], "\(list)")
        let audit = try workspace.run("audit", "verify")
        #expect(audit.exitCode == 0, "\(audit)")
    }

    @Test func aReportDatedAfterTheDeadlineIsLate() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.reportedAllegation(received: "2026-01-05")
        // The default deadline is 24 hours: reported the next day is on time, two days later is late.
        let fields = try workspace.allegationFields(id, role: "programme_officer")
        #expect(fields["report_due_on"] as? String == "2026-01-06")
        let sent = try workspace.send(
            id, "report_to_un", role: "programme_officer", set: ["reported_on=2026-01-07"])
        #expect(sent.exitCode == 0, "\(sent)")
        #expect(sent.stdout.contains("set reported_late = true"), "\(sent)")
        #expect(sent.stdout.contains("notify psea_focal_point"), "\(sent)")
        let list = try workspace.allegation(["list", "--json"], role: "programme_officer")
        let row = try #require(try list.jsonArray().first?["fields"] as? [String: Any])
        #expect(row["reported_late"] as? Bool == true)
    }

    @Test func theReportingDeadlinePassingSendsAnEvent() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.reportedAllegation()
        let tick = try workspace.run("tick", "--now", Self.dayAfterTomorrow())
        #expect(tick.exitCode == 0, "\(tick)")
        let events = try workspace.history(id, role: "psea_focal_point").map { $0["event"] as? String }
        #expect(events.contains("report_overdue"), "\(events)")
        #expect(
            try workspace.allegationFields(id, role: "programme_officer")["reported_late"] as? Bool == true)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func aCaseRecordedAfterItsReportingDayIsLateAtTheNextTick() throws {
        let workspace = try CLIWorkspace()
        // Received three days ago, recorded today: the partner's reporting day is already over.
        let today = Int(Date().timeIntervalSince1970 / 86_400)
        func day(_ offset: Int) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            return formatter.string(from: Date(timeIntervalSince1970: Double(today + offset) * 86_400))
        }
        let id = try workspace.reportedAllegation(received: day(-3))
        // Due the day after report_due_on (the day after receipt): the day before yesterday.
        let due = try SQLiteFile.strings(
            "SELECT due_at FROM deadline WHERE subject = '\(id)' AND status = 'pending'",
            at: workspace.database)
        #expect(due == ["\(day(-1))T00:00:00.000Z"])
        let tick = try workspace.run("tick")
        #expect(tick.exitCode == 0 && tick.stdout.contains("\(id): report_overdue"), "\(tick)")
        #expect(
            try workspace.allegationFields(id, role: "programme_officer")["reported_late"] as? Bool == true)
        let flags = try workspace.run("flag", "list", "--json").jsonArray()
        #expect(flags.contains { $0["category"] as? String == "compliance" }, "\(flags)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    static func dayAfterTomorrow() -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date().addingTimeInterval(2 * 86_400))
    }

    @Test func aRefusedFirstReportCreatesNoKeyFile() throws {
        let workspace = try CLIWorkspace()
        try workspace.addPartner()
        try expectRefused(workspace, "there is no record \"P-0002\"") {
            try workspace.allegation(
                ["report", "P-0002", "--received", "2026-01-05", "--type", "other", "--narrative", "text"],
                role: "psea_focal_point")
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.keyFile.path))
    }

    @Test func aReportWithoutRestrictedDetailsNeedsNoKey() throws {
        let workspace = try CLIWorkspace()
        try workspace.addPartner()
        let result = try workspace.allegation(
            ["report", "P-0001", "--received", "2026-01-05", "--type", "unknown"], role: "programme_officer")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "G-0001\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.keyFile.path))
        // Any programme officer may report (no report is ever turned away), but only the
        // partner's officers see the case.
        #expect(try workspace.allegation(["show", "G-0001"], role: "programme_officer").exitCode == 1)
        try workspace.assignOfficer("fatima", to: "P-0001")
        let fields = try workspace.allegationFields("G-0001", role: "programme_officer")
        #expect(fields["incident"] as? String == "unknown")
        #expect(fields["type"] as? String == "unknown")
    }

    /// Runs `body` and checks it exits 1 with `message` on stderr and writes nothing.
    func expectRefused(
        _ workspace: CLIWorkspace, _ message: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ body: () throws -> CLIResult
    ) throws {
        let before = try workspace.logCount()
        let records = try SQLiteFile.strings(
            "SELECT value FROM record ORDER BY subject", at: workspace.database)
        let result = try body()
        #expect(result.exitCode == 1, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("error: "), "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "\(result)", sourceLocation: sourceLocation)
        #expect(try workspace.logCount() == before, sourceLocation: sourceLocation)
        #expect(
            try SQLiteFile.strings("SELECT value FROM record ORDER BY subject", at: workspace.database)
                == records,
            sourceLocation: sourceLocation)
        for (name, data) in try workspace.databaseBytes() {
            #expect(!data.containsText("NARRATIVE-7f3c"), "\(name)", sourceLocation: sourceLocation)
        }
    }

    @Test func badReportsAreRefusedAndWriteNothing() throws {
        let workspace = try CLIWorkspace()
        _ = try workspace.reportedAllegation()
        func report(_ extra: [String], partner: String = "P-0001") throws -> CLIResult {
            try workspace.allegation(
                ["report", partner, "--received", "2026-01-05", "--type", "sexual_abuse"] + extra,
                role: "psea_focal_point")
        }
        try expectRefused(workspace, "there is no record \"P-0009\"; did you mean P-0001?") {
            try report([], partner: "P-0009")
        }
        try expectRefused(workspace, "--victims: the count of girls cannot be negative (-1)") {
            try report(["--victims", "women=1,girls=-1"])
        }
        try expectRefused(workspace, "--victims: the count of women must be a whole number, not \"one\"") {
            try report(["--victims", "women=one"])
        }
        try expectRefused(workspace, "--victims: \"ladies\" is not a group of victims/survivors") {
            try report(["--victims", "ladies=1"])
        }
        try expectRefused(
            workspace, "--perpetrators: the number of alleged perpetrators must be a whole number"
        ) {
            try report(["--perpetrators", "two"])
        }
        try expectRefused(workspace, "--received: \"2026-02-30\" is not a date") {
            try workspace.allegation(
                ["report", "P-0001", "--received", "2026-02-30", "--type", "other"], role: "psea_focal_point")
        }
        try expectRefused(workspace, "--type: \"harassment\" is not a type of allegation") {
            try workspace.allegation(
                ["report", "P-0001", "--received", "2026-01-05", "--type", "harassment"],
                role: "psea_focal_point")
        }
        try expectRefused(workspace, "--incident: the incident (2026-01-09) cannot be after the day received")
        {
            try report(["--incident", "2026-01-09"])
        }
        try expectRefused(workspace, "--role: \"manager\" is not a role of allegation-case") {
            try workspace.allegation(
                ["report", "P-0001", "--received", "2026-01-05", "--type", "other"], role: "manager")
        }
    }

    @Test func stepsOutOfOrderAndAssistanceWithoutConsentAreRefused() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.reportedAllegation()
        try expectRefused(workspace, "\"conclude\" refused") {
            try workspace.send(id, "conclude", role: "psea_focal_point", set: ["outcome=substantiated"])
        }
        try expectRefused(workspace, "assistance can be recorded only with the victim/survivor's consent") {
            try workspace.allegation(
                ["assist", id, "--type", "medical_care", "--status", "offered"], role: "psea_focal_point")
        }
        try expectRefused(workspace, "assistance is recorded with `diligence allegation assist") {
            try workspace.send(id, "assist", role: "psea_focal_point")
        }
        try expectRefused(workspace, "--type: \"food\" is not a type of assistance") {
            try workspace.allegation(
                ["assist", id, "--type", "food", "--status", "offered"], role: "psea_focal_point")
        }
        try expectRefused(workspace, "--status: \"given\" is not a status of assistance") {
            try workspace.allegation(
                ["assist", id, "--type", "medical_care", "--status", "given"], role: "psea_focal_point")
        }
        // Consent withdrawn stops assistance again.
        #expect(try workspace.allegation(["consent", id, "--given"], role: "psea_focal_point").exitCode == 0)
        #expect(
            try workspace.allegation(["consent", id, "--withdrawn"], role: "psea_focal_point").exitCode == 0)
        try expectRefused(workspace, "assistance can be recorded only with the victim/survivor's consent") {
            try workspace.allegation(
                ["assist", id, "--type", "medical_care", "--status", "offered"], role: "psea_focal_point")
        }
        try expectRefused(workspace, "P-0001 is not an allegation case") {
            try workspace.allegation(["consent", "P-0001", "--given"], role: "psea_focal_point")
        }
    }

    @Test func daysOutOfOrderWithTheCaseAreRefused() throws {
        let workspace = try CLIWorkspace()
        // Received on 5 January 2026.
        let id = try workspace.reportedAllegation()
        try expectRefused(
            workspace, "reported_on: \(id): 2026-01-04 is before the case was received (2026-01-05)"
        ) {
            try workspace.send(id, "report_to_un", role: "psea_focal_point", set: ["reported_on=2026-01-04"])
        }
        try expectRefused(workspace, "--date: \(id): 2025-12-31 is before the case was received (2026-01-05)")
        {
            try workspace.allegation(
                ["consent", id, "--given", "--date", "2025-12-31"], role: "psea_focal_point")
        }
        #expect(
            try workspace.allegation(
                ["consent", id, "--given", "--date", "2026-01-10"], role: "psea_focal_point"
            )
            .exitCode == 0)
        try expectRefused(
            workspace, "assistance on 2026-01-08 comes before the consent recorded on 2026-01-10"
        ) {
            try workspace.allegation(
                ["assist", id, "--type", "medical_care", "--status", "provided", "--date", "2026-01-08"],
                role: "psea_focal_point")
        }
        try expectRefused(
            workspace, "consent cannot be withdrawn on 2026-01-09, before it was given (2026-01-10)"
        ) {
            try workspace.allegation(
                ["consent", id, "--withdrawn", "--date", "2026-01-09"], role: "psea_focal_point")
        }
        #expect(
            try workspace.allegation(
                ["assist", id, "--type", "medical_care", "--status", "provided", "--date", "2026-01-10"],
                role: "psea_focal_point"
            ).exitCode == 0)
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func auditVerifyCoversAllegationsAndCatchesAnAlteredRecord() throws {
        let workspace = try CLIWorkspace()
        let id = try workspace.reportedAllegation()
        #expect(try workspace.allegation(["consent", id, "--given"], role: "psea_focal_point").exitCode == 0)
        #expect(
            try workspace.allegation(
                ["assist", id, "--type", "medical_care", "--status", "provided"], role: "psea_focal_point"
            )
            .exitCode == 0)
        _ = try workspace.showAllegation(id, role: "psea_focal_point", restricted: true)
        // audit verify needs no key.
        try FileManager.default.removeItem(at: workspace.keyFile)
        let intact = try workspace.run("audit", "verify")
        #expect(intact.exitCode == 0, "\(intact)")
        let broken = try workspace.auditVerifyAfterTampering(
            "UPDATE record SET value = replace(value, '\"perpetrators\":1', '\"perpetrators\":0') WHERE subject = 'G-0001'"
        )
        #expect(
            broken.stderr.contains("the record G-0001 differs from what replaying the log gives"), "\(broken)"
        )
    }
}
