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

    /// Values bound through the C API come back as GRDB reads them: texts with quotes, accents and
    /// NUL-free control characters, the empty text, whole numbers and NULL.
    @Test func directStatementsBindAndReadValues() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT, b INTEGER, c TEXT)")
            let texts = ["", "plain", "quote \" and 'single'", "é, ü, 中文, 🙂", "tab\there\nline"]
            for (index, text) in texts.enumerated() {
                try DirectStatement.run(
                    "INSERT INTO t (a, b, c) VALUES (?, ?, ?)", [.text(text), .int(index - 2), .null], db: db)
            }
            let rows = try Row.fetchAll(db, sql: "SELECT a, b, c FROM t ORDER BY rowid")
            #expect(rows.map { $0[0] as String } == texts)
            #expect(rows.map { $0[1] as Int } == [-2, -1, 0, 1, 2])
            #expect(rows.allSatisfy { $0[2] as String? == nil })
            let read = try DirectStatement.firstRow(
                "SELECT a, b, c FROM t WHERE b = ?", [.int(1)], db: db
            ) { row in (row.text(0), row.int(1), row.text(2), row.int(2)) }
            #expect(read?.0 == texts[3])
            #expect(read?.1 == 1)
            #expect(read?.2 == nil)
            #expect(read?.3 == nil)
            let empty = try DirectStatement.firstRow("SELECT a FROM t WHERE b = ?", [.int(1)], db: db) {
                _ in true
            }
            #expect(empty == true)
            #expect(
                try DirectStatement.firstRow("SELECT a FROM t WHERE b = 99", [], db: db) { _ in true } == nil)
            // The cached statement is left reset with nothing bound: GRDB runs it again as usual.
            try db.cachedStatement(sql: "INSERT INTO t (a, b, c) VALUES (?, ?, ?)").execute(
                arguments: ["grdb", 9, "c"])
            #expect(try String.fetchOne(db, sql: "SELECT c FROM t WHERE b = 9") == "c")
        }
    }

    /// A failing statement throws SQLite's error, and the statement can be run again afterwards.
    @Test func directStatementsReportFailures() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT PRIMARY KEY NOT NULL)")
            try DirectStatement.run("INSERT INTO t (a) VALUES (?)", [.text("x")], db: db)
            #expect {
                try DirectStatement.run("INSERT INTO t (a) VALUES (?)", [.text("x")], db: db)
            } throws: { error in
                (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
            }
            #expect(throws: DatabaseError.self) {
                try DirectStatement.run("INSERT INTO t (a) VALUES (?)", [.null], db: db)
            }
            try DirectStatement.run("INSERT INTO t (a) VALUES (?)", [.text("y")], db: db)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") == 2)
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
