import Foundation
import Testing

extension CLIWorkspace {
    /// `diligence training ARGS --as USER --role ROLE`.
    @discardableResult
    func training(_ arguments: [String], role: String = "psea_focal_point") throws -> CLIResult {
        try run(["training"] + arguments + ["--as", "femi", "--role", role])
    }

    /// Writes a file in the project folder; returns its path.
    func write(_ text: String, to name: String) throws -> String {
        try text.write(to: file(name), atomically: true, encoding: .utf8)
        return name
    }

    /// How many rows the log has.
    func eventCount() throws -> String {
        try SQLiteFile.strings(SQLiteFile.recordEventCount, at: database).first ?? ""
    }
}

/// `diligence training`: personnel, sessions, attendance sheets with good, bad and mixed rows,
/// coverage with bands, and confirmation refused below the threshold.
@Suite struct TrainingCommandTests {
    static let mixed = """
        date,course,provider,category,people,name
        2025-06-01,PSEA basics,UN online course,staff,4,
        2025-06-01,PSEA basics,UN online course,volunteers,,Amina Diallo
        2025-13-01,PSEA basics,,staff,1,
        2025-06-02,,,volunteers,1,
        2025-06-02,Refresher,,interns,x,

        """

    @Test func personnelSessionsAndCoverageWithBands() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let staff = try workspace.training(["personnel", partner, "--category", "staff", "--count", "8"])
        #expect(staff.exitCode == 0, "\(staff)")
        #expect(
            staff.stdout.hasPrefix("\(partner): 8 staff in contact with beneficiaries recorded in T-0001"))
        try #require(
            try workspace.training(["personnel", partner, "--category", "Volunteers", "--count", "2"])
                .exitCode == 0)
        try #require(
            try workspace.training([
                "personnel", partner, "--category", "consultants", "--count", "5", "--no-contact",
            ])
            .exitCode == 0)
        let today = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        let session = try workspace.training([
            "record", partner, "--course", "PSEA basics", "--date", today, "--people", "2", "--provider",
            "UN online course",
        ])
        #expect(session.exitCode == 0, "\(session)")
        let named = try workspace.training([
            "record", partner, "--course", "PSEA basics", "--date", today, "--person", "Amina Diallo",
            "--person",
            " amina  diallo ", "--category", "volunteers",
        ])
        #expect(named.exitCode == 0, "\(named)")
        let coverage = try workspace.run("training", "coverage", partner, "--json")
        #expect(coverage.exitCode == 0, "\(coverage)")
        let json = try coverage.jsonObject()
        let scope = try #require(json["policy_scope"] as? [String: Any])
        #expect(scope["trained"] as? Int == 3 && scope["in_scope"] as? Int == 10)
        #expect(scope["share"] as? String == "0.3" && scope["band"] as? String == "26-50")
        let overall = try #require(json["overall"] as? [String: Any])
        #expect(overall["trained"] as? Int == 3 && overall["in_scope"] as? Int == 15)
        #expect(overall["band"] as? String == "1-25")
        let categories = try #require(json["categories"] as? [[String: Any]])
        #expect(categories.map { $0["category"] as? String } == ["staff", "consultants", "volunteers"])
        #expect(categories.map { $0["band"] as? String } == ["1-25", "none", "26-50"])
        #expect(categories.map { $0["in_policy_scope"] as? Bool } == [true, false, true])
        #expect(json["meets_policy"] as? Bool == false)
        let text = try workspace.run("training", "coverage", partner)
        #expect(
            text.stdout.contains("in scope    3 of 10 (30 %, band 26-50 %) - below the threshold"), "\(text)")
        // The coverage rule flagged the partner, by the system role.
        let flags = try workspace.run("flag", "list", "--partner", partner, "--json").jsonArray()
        #expect(flags.map { $0["rule"] as? String } == ["training-coverage-low"])
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func aSheetWithAnyBadRowImportsNothingAndSaysWhichRows() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let sheet = try workspace.write(Self.mixed, to: "attendance.csv")
        let before = try workspace.eventCount()
        let refused = try workspace.training(["import", partner, sheet])
        #expect(refused.exitCode == 1)
        #expect(
            refused.stderr.contains("attendance.csv: nothing was imported: 3 rows have problems"),
            "\(refused)")
        #expect(refused.stderr.contains("row 4, column date: \"2025-13-01\" is not a date"))
        #expect(refused.stderr.contains("row 5, column course: the cell is empty"))
        #expect(refused.stderr.contains("row 6, column people: \"x\" is not a whole number"))
        #expect(try workspace.eventCount() == before)
        #expect(try SQLiteFile.strings("SELECT COUNT(*) FROM record", at: workspace.database) == ["0"])

        let skipped = try workspace.training(["import", partner, sheet, "--skip-bad-rows"])
        #expect(skipped.exitCode == 0, "\(skipped)")
        #expect(skipped.stdout.contains("2 rows imported, 3 skipped (rows 4, 5, 6)"), "\(skipped)")
        #expect(skipped.stderr.contains("attendance.csv: skipped row 4, column date"), "\(skipped)")
        let history = try workspace.history("T-0001")
        #expect(history.map { $0["event"] as? String } == ["start", "import_attendance"])
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func sessionsAlreadyRecordedAreNotCountedTwice() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        try #require(
            try workspace.training(["personnel", partner, "--category", "staff", "--count", "10"]).exitCode
                == 0)
        let today = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        let sheet = try workspace.write(
            "date,course,category,people\n\(today),PSEA basics,staff,5\n", to: "half.csv")
        try #require(try workspace.training(["import", partner, sheet]).exitCode == 0)
        let trainingEvents = "SELECT COUNT(*) FROM event WHERE subject = 'T-0001'"
        let before = try SQLiteFile.strings(trainingEvents, at: workspace.database)
        let again = try workspace.training(["import", partner, sheet])
        #expect(again.exitCode == 1, "\(again)")
        #expect(
            again.stderr.contains("1 of the 1 sessions in this sheet are already recorded for \(partner)"),
            "\(again)")
        let session = ["record", partner, "--course", "PSEA basics", "--date", today, "--people", "2"]
        try #require(try workspace.training(session).exitCode == 0)
        let twice = try workspace.training(session)
        #expect(
            twice.exitCode == 1 && twice.stderr.contains("is already recorded for \(partner)"), "\(twice)")
        #expect(try SQLiteFile.strings(trainingEvents, at: workspace.database) == ["\(Int(before[0])! + 1)"])
        let coverage = try workspace.run("training", "coverage", partner, "--json").jsonObject()
        let overall = try #require(coverage["overall"] as? [String: Any])
        #expect(overall["trained"] as? Int == 7, "5 + 2 of 10 trained: \(overall)")
        // Another group the same day, told apart by its name, is a session of its own.
        let other = try workspace.training([
            "record", partner, "--course", "PSEA basics, afternoon group", "--date", today, "--people", "2",
        ])
        #expect(other.exitCode == 0, "\(other)")
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }

    @Test func aGoodSheetImportsEveryRowAndBrokenFilesAreRefused() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let good = try workspace.write(
            "Date,Course,Category,People\n2025-06-01,PSEA basics,staff,3\n2025-06-01,PSEA basics,Sub-Contractors,2\n",
            to: "good.csv")
        let result = try workspace.training(["import", partner, good])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("2 rows imported"), "\(result)")
        let before = try workspace.eventCount()
        let cases: [(String, String)] = [
            ("date,course\n2025-06-01,x\n", "the header lacks the columns category, people or name"),
            ("date,course,category,peeple\n", "did you mean \"people\"?"),
            (
                "date,course,category,people\n2025-06-01,\"open,staff,1\n",
                "row 2: a quoted cell is never closed"
            ),
            ("", "the sheet is empty"),
        ]
        for (index, (text, message)) in cases.enumerated() {
            let name = try workspace.write(text, to: "bad\(index).csv")
            let refused = try workspace.training(["import", partner, name])
            #expect(refused.exitCode == 1)
            #expect(refused.stderr.contains("bad\(index).csv: "), "\(refused)")
            #expect(refused.stderr.contains(message), "\(refused)")
        }
        let missing = try workspace.training(["import", partner, "nowhere.csv"])
        #expect(
            missing.exitCode == 1 && missing.stderr.contains("nowhere.csv: there is no such file"),
            "\(missing)")
        #expect(try workspace.eventCount() == before)
    }

    @Test func badOptionsAndConfirmationBelowTheThresholdAreRefused() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let before = try workspace.eventCount()
        let usage: [([String], String)] = [
            (["personnel", partner, "--category", "staf", "--count", "3"], "did you mean staff?"),
            (["personnel", partner, "--category", "staff", "--count", "-3"], "--count"),
            (["record", partner, "--course", "C", "--date", "01/06/2025", "--people", "3"], "YYYY-MM-DD"),
            (["record", partner, "--course", "C", "--date", "2025-06-01"], "--people N"),
            (["record", partner, "--course", "C", "--date", "2999-06-01", "--people", "3"], "after today"),
            (
                ["record", partner, "--course", " ", "--date", "2025-06-01", "--people", "3"],
                "name the course"
            ),
            (["personnel", "P-0404", "--category", "staff", "--count", "3"], "P-0404"),
        ]
        for (arguments, message) in usage {
            let result = try workspace.training(arguments)
            #expect(result.exitCode != 0)
            #expect(result.stderr.contains(message), "\(result)")
        }
        let role = try workspace.training(
            ["personnel", partner, "--category", "staff", "--count", "3"], role: "procurement")
        #expect(role.exitCode == 1 && role.stderr.contains("--role"), "\(role)")
        #expect(try workspace.eventCount() == before)

        let nothing = try workspace.training(["confirm", partner], role: "programme_officer")
        #expect(nothing.exitCode == 1 && nothing.stderr.contains("no personnel recorded"), "\(nothing)")
        try #require(
            try workspace.training(["personnel", partner, "--category", "staff", "--count", "4"]).exitCode
                == 0)
        let today = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        try #require(
            try workspace.training(["record", partner, "--course", "C", "--date", today, "--people", "3"])
                .exitCode == 0)
        let below = try workspace.training(["confirm", partner], role: "programme_officer")
        #expect(below.exitCode == 1)
        #expect(below.stderr.contains("confirming needs 100 %"), "\(below)")
    }

    @Test func tickFlagsExpiredTrainingsOnceHoweverOftenItRuns() throws {
        let workspace = try CLIWorkspace()
        let partner = try workspace.addPartner()
        let today = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        try #require(
            try workspace.training(["personnel", partner, "--category", "staff", "--count", "2"]).exitCode
                == 0)
        try #require(
            try workspace.training([
                "record", partner, "--course", "PSEA basics", "--date", today, "--people", "2",
            ])
            .exitCode == 0)
        let flags = {
            try workspace.run("flag", "list", "--partner", partner, "--open", "--json").jsonArray()
        }
        #expect(try flags().isEmpty)
        let later = TickCommandTests.iso(Date(), plusDays: 400)
        for _ in 0..<3 {
            let tick = try workspace.run("tick", "--now", later)
            #expect(tick.exitCode == 0, "\(tick)")
        }
        let open = try flags()
        #expect(open.map { $0["rule"] as? String } == ["training-coverage-low"])
        #expect(
            open.first?["raised_by"] as? [String: String] == [
                "user": "rule:training-coverage-low", "role": "system",
            ])
        // One flag raised when personnel was recorded and cleared by the training, one by the ticks.
        let all = try workspace.run("flag", "list", "--json").jsonArray()
        #expect(all.map { $0["state"] as? String } == ["resolved", "yellow"])
        #expect(try workspace.run("audit", "verify").exitCode == 0)
    }
}
