import DiligenceCore
import Foundation
import GRDB
import Testing

@testable import DiligenceStore

/// The fast paths of the write path give exactly what the general code gives.
@Suite struct WritePathTests {
    /// The timestamp written digit by digit is the one `LocalDate` and padding give, for instants
    /// across the years, before 1970 and at the edges of a day and a second.
    @Test func theTimestampIsWrittenAsBefore() {
        func reference(_ date: Date) -> String {
            let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
            let milliseconds = ((totalMilliseconds % 1000) + 1000) % 1000
            let seconds = (totalMilliseconds - milliseconds) / 1000
            let days = Int((Double(seconds) / 86_400).rounded(.down))
            let secondOfDay = seconds - days * 86_400
            func pad(_ value: Int, _ width: Int) -> String {
                let text = String(value)
                return String(repeating: "0", count: max(0, width - text.count)) + text
            }
            return
                "\(LocalDate(daysSinceEpoch: days))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(milliseconds, 3))Z"
        }
        var instants: [Double] = [
            0, -0.001, -1, 86_399.999, 86_400, 1_767_225_600.25, 951_782_400, -62_135_596_800,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            instants.append(
                Double(Int.random(in: -3_000_000_000_000...253_402_300_799_999, using: &generator)) / 1000)
        }
        for instant in instants {
            let date = Date(timeIntervalSince1970: instant)
            #expect(Timestamp.format(date) == reference(date), "\(instant)")
        }
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_767_225_600.25)) == "2026-01-01T00:00:00.250Z")
        // Beyond the four-digit years the general code writes the year as it is.
        #expect(Timestamp.format(Date(timeIntervalSince1970: 253_402_300_800)) == "10000-01-01T00:00:00.000Z")
    }

    /// Values bound through SQLite's C API come back as they were bound: texts with quotes, accents
    /// and NUL-free control characters, the empty text, whole numbers, numbers with a fraction,
    /// bytes (none too) and NULL; read by position and by column name.
    @Test func theSQLiteConnectionBindsAndReadsValues() throws {
        let queue = try DatabaseQueue()
        try queue.write { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute("CREATE TABLE t (a TEXT, b INTEGER, c TEXT, d REAL, e BLOB)")
            let texts = ["", "plain", "quote \" and 'single'", "é, ü, 中文, 🙂", "tab\there\nline"]
            for (index, text) in texts.enumerated() {
                let inserted = try db.execute(
                    "INSERT INTO t (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)",
                    [
                        text, index - 2, String?.none, Double(index) / 4,
                        Data(repeating: UInt8(index), count: index),
                    ])
                #expect(inserted == 1)
            }
            let rows = try db.rows("SELECT a, b, c, d, e FROM t ORDER BY rowid")
            #expect(rows.map { $0[0] as String } == texts)
            #expect(rows.map { $0["B"] as Int } == [-2, -1, 0, 1, 2])
            #expect(rows.allSatisfy { $0["c"] as String? == nil })
            #expect(rows.map { $0["d"] as Double } == [0, 0.25, 0.5, 0.75, 1])
            #expect(rows.map { ($0["e"] as Data).count } == [0, 1, 2, 3, 4])
            // GRDB reads what the connection wrote.
            #expect(try String.fetchAll(grdb, sql: "SELECT a FROM t ORDER BY rowid") == texts)
            #expect(try db.value(String.self, "SELECT a FROM t WHERE b = ?", [1]) == texts[3])
            #expect(try db.value(String.self, "SELECT c FROM t WHERE b = ?", [1]) == nil)
            #expect(try db.row("SELECT a FROM t WHERE b = 99") == nil)
            #expect(try db.values(Int.self, "SELECT b FROM t WHERE b > ?1 AND b < ?1 + 3", [0]) == [1, 2])
            #expect(try db.exists("SELECT 1 FROM t WHERE a = ?", ["plain"]))
            #expect(try db.execute("UPDATE t SET c = 'x' WHERE b >= ?", [0]) == 3)
            // The cached statement is left reset with nothing bound: GRDB runs it again as usual.
            try grdb.cachedStatement(sql: "INSERT INTO t (a, b, c) VALUES (?, ?, ?)").execute(
                arguments: ["grdb", 9, "c"])
            #expect(try db.value(String.self, "SELECT c FROM t WHERE b = 9") == "c")
        }
    }

    /// A failing statement throws SQLite's error, and the statement can be run again afterwards.
    @Test func theSQLiteConnectionReportsFailures() throws {
        let queue = try DatabaseQueue()
        try queue.write { grdb in
            let db = SQLiteConnection(grdb)
            try db.execute("CREATE TABLE t (a TEXT PRIMARY KEY NOT NULL)")
            try db.execute("INSERT INTO t (a) VALUES (?)", ["x"])
            #expect {
                try db.execute("INSERT INTO t (a) VALUES (?)", ["x"])
            } throws: { error in
                (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
            }
            #expect(throws: DatabaseError.self) {
                try db.execute("INSERT INTO t (a) VALUES (?)", [String?.none])
            }
            try db.execute("INSERT INTO t (a) VALUES (?)", ["y"])
            #expect(try db.value(Int.self, "SELECT COUNT(*) FROM t") == 2)
        }
    }

    /// The snapshot text written straight into a buffer is the canonical text of the snapshot, at
    /// every step of a lifecycle: parallel regions, every field type, texts that need escaping,
    /// fields unset again.
    @Test func theSnapshotTextIsTheCanonicalTextOfTheSnapshot() throws {
        let definitions = StoreFixtures.definitions()
        let workflow = try #require(definitions.workflow(forSubject: "partner"))
        var instance = Engine.start(workflow, subject: "P-0001", now: StoreFixtures.start).instance
        func check() {
            #expect(
                InstanceSnapshot.canonicalText(of: instance, definition: workflow)
                    == InstanceSnapshot(instance, definition: workflow).json.canonicalText)
        }
        check()
        let steps: [(String, Actor, [(field: String, value: String)])] = [
            ("start_assessment", StoreFixtures.officer, []),
            (
                "complete_assessment", StoreFixtures.officer,
                [("capacity_level", "full"), ("assessed_on", "2026-01-05")]
            ),
            ("confirm_clauses", StoreFixtures.procurement, [("clauses_cleared", "true")]),
            ("confirm_training", StoreFixtures.officer, [("training_coverage", "1.0")]),
            ("suspend", StoreFixtures.manager, [("suspension_reason", "audit \"finding\"\n\u{1} é")]),
            ("resume", StoreFixtures.manager, []),
            ("close", StoreFixtures.manager, [("closure_reason", "ended")]),
        ]
        for (index, (event, actor, data)) in steps.enumerated() {
            let input = try workflow.event(event, assignments: data)
            guard
                case .accepted(let step) = Engine.step(
                    workflow, instance, event: input, actor: actor, now: StoreFixtures.days(Double(index + 1))
                )
            else {
                Issue.record("\(event) was refused")
                return
            }
            instance = step.instance
            check()
        }
        #expect(instance.isComplete)
    }

    /// A workflow set without derived fields has nothing to refresh: sending writes the event and
    /// nothing else, and the log verifies.
    @Test func aLifecycleWithoutDerivedFieldsIsNotRefreshed() throws {
        let temporary = try TemporaryStore()
        let definitions = StoreFixtures.definitions()
        _ = try temporary.store.registerPartner(
            name: "Acme", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        _ = try temporary.store.send(
            subject: "P-0001", event: "start_assessment", assignments: [], actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.days(1))
        #expect(try temporary.count("event") == 2)
        #expect(try temporary.store.verify().isIntact)
    }
}
