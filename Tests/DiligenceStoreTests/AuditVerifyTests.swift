import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

@Suite struct AuditVerifyTests {
    let definitions = StoreFixtures.definitions()

    /// A small portfolio with transitions, a parallel state, refusals, deadlines and flags.
    func portfolio() throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        let store = temporary.store
        for name in ["Amani", "Rio Verde", "Horizon"] {
            _ = try store.registerPartner(
                name: name, country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
                now: StoreFixtures.start)
        }
        func send(
            _ id: String, _ event: String, _ actor: Actor, _ data: [(field: String, value: String)] = [],
            day: Double
        ) throws {
            _ = try store.send(
                subject: id, event: event, assignments: data, actor: actor, definitions: definitions,
                now: StoreFixtures.days(day))
        }
        for id in ["P-0001", "P-0002", "P-0003"] {
            try send(id, "start_assessment", StoreFixtures.officer, day: 1)
        }
        try send(
            "P-0001", "complete_assessment", StoreFixtures.officer,
            [("capacity_level", "full"), ("assessed_on", "2026-01-20")], day: 20)
        try send("P-0002", "complete_assessment", StoreFixtures.officer, [("capacity_level", "low")], day: 20)
        try send(
            "P-0001", "confirm_clauses", StoreFixtures.procurement, [("clauses_cleared", "true")], day: 25)
        try send("P-0001", "confirm_training", StoreFixtures.officer, [("training_coverage", "1")], day: 26)
        _ = try store.tick(now: StoreFixtures.days(400), definitions: definitions)
        return temporary
    }

    @Test func aCleanLogVerifies() throws {
        let temporary = try portfolio()
        let report = try temporary.store.verify()
        #expect(report.problems.map(\.description) == [])
        #expect(report.eventsChecked == 12)
        #expect(report.recordsChecked == 3)
        #expect(try temporary.store.instance("P-0001").snapshot.activeStates == ["active"])
    }

    @Test func editingAnEventIsFoundAtThatRow() throws {
        let temporary = try portfolio()
        try temporary.allowEditingTheLog()
        try temporary.tamper(#"UPDATE event SET data = '{"capacity_level":"full"}' WHERE seq = 9"#)
        let report = try temporary.store.verify()
        #expect(report.problems.first?.seq == 9)
        #expect(report.problems.first?.message.contains("does not match its hash") == true)
    }

    @Test func deletingAnEventIsFound() throws {
        let temporary = try portfolio()
        try temporary.allowEditingTheLog()
        try temporary.tamper("DELETE FROM event WHERE seq = 5")
        let report = try temporary.store.verify()
        #expect(report.problems.first?.seq == 6)
        #expect(report.problems.first?.message.contains("missing") == true)
    }

    @Test func aRehashedForgeryIsStillCaughtByTheReplay() throws {
        // Someone edits the outcome of a row and recomputes nothing: the hash catches it. Here the
        // snapshot table alone is edited, which no hash covers: the replay catches it.
        let temporary = try portfolio()
        try temporary.tamper(
            """
            UPDATE instance SET snapshot = replace(snapshot, '"capacity_strengthening"', '"active"') WHERE subject = 'P-0002';
            """)
        let report = try temporary.store.verify()
        #expect(report.problems.first?.subject == "P-0002")
        #expect(report.problems.first?.message.contains("differs from what replaying the log gives") == true)
    }

    @Test func aRemovedDeadlineRowIsFound() throws {
        let temporary = try portfolio()
        try temporary.tamper("DELETE FROM deadline WHERE subject = 'P-0003'")
        let report = try temporary.store.verify()
        #expect(!report.isIntact)
        #expect(report.problems.first?.message.contains("deadline") == true)
    }
}

/// The log is read a page at a time and each row replayed as it is read: the same report
/// whatever the page, a problem found in a later page at its row, the progress in order.
@Suite struct AuditVerifyPagesTests {
    @Test(arguments: [1, 2, 5, 12, 2_000]) func theReportIsTheSameWhateverThePage(_ pageSize: Int) throws {
        let temporary = try AuditVerifyTests().portfolio()
        var seen: [Int] = []
        let report = try temporary.read { db in
            try DiligenceStore.verify(
                db, progress: { seq, total in seen.append(seq * 100 + total) }, pageSize: pageSize)
        }
        #expect(report.problems.isEmpty && report.eventsChecked == 12 && report.recordsChecked == 3)
        #expect(seen == (1...12).map { $0 * 100 + 12 })
    }

    @Test(arguments: [1, 5]) func aRowChangedInALaterPageIsFoundAtThatRow(_ pageSize: Int) throws {
        let temporary = try AuditVerifyTests().portfolio()
        try temporary.allowEditingTheLog()
        try temporary.tamper(#"UPDATE event SET data = '{"capacity_level":"full"}' WHERE seq = 9"#)
        let report = try temporary.read { db in
            try DiligenceStore.verify(db, progress: { _, _ in }, pageSize: pageSize)
        }
        #expect(report.problems.first?.seq == 9)
        #expect(report.eventsChecked == 9)
    }

    /// The tables are compared with the replay a page of rows at a time: a snapshot changed in
    /// a later page is found, and nothing is reported where pages end.
    @Test(arguments: [1, 2]) func aSnapshotChangedInALaterPageIsFound(_ pageSize: Int) throws {
        let temporary = try AuditVerifyTests().portfolio()
        let last = try temporary.read { db in try db.value(String.self, "SELECT MAX(subject) FROM instance") }
        let subject = try #require(last)
        try temporary.tamper("UPDATE instance SET version = version + 7 WHERE subject = '\(subject)'")
        let report = try temporary.read { db in
            try DiligenceStore.verify(db, progress: { _, _ in }, pageSize: pageSize)
        }
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.subject == subject)
        #expect(report.problems.first?.message.contains("differs from what replaying the log gives") == true)
    }
}
