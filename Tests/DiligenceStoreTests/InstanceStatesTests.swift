import DiligenceCore
import DiligenceDatabaseSupport
import Foundation
import GRDB
import Logging
import Testing

@testable import DiligenceStore

private typealias F = FlagFixtures

/// Each instance's active states are kept beside its snapshot (``InstanceStates``), written with
/// it, and filled from the snapshots in an older database, in the text the store writes (on both
/// stores), so `audit verify` still finds what its replay makes.
@Suite struct InstanceStatesTests {
    let definitions = F.definitions()

    /// Registers partners and raises a flag, so there are instances of two workflows.
    private func records(_ store: DiligenceStore) throws {
        for (day, name) in ["Amani", "Baraka"].enumerated() {
            _ = try store.registerPartner(
                name: name, country: "KE", type: .ngo, actor: F.officer, definitions: definitions,
                now: StoreFixtures.days(Double(day + 1)))
        }
        _ = try store.raiseFlag(
            partner: "P-0001", category: .financial, level: .yellow, reason: "Late audit report.",
            actor: F.officer, definitions: definitions, now: StoreFixtures.days(3))
    }

    /// Every instance's `states` column and its snapshot's states, by subject.
    private func kept(_ temporary: TemporaryStore) throws -> [String: (states: String?, snapshot: [String])] {
        try temporary.read { db in
            var kept: [String: (states: String?, snapshot: [String])] = [:]
            for row in try db.rows("SELECT subject, states, snapshot FROM instance") {
                let snapshot = try DiligenceStore.snapshot(from: row[2], subject: row[0])
                kept[row[0]] = (row[1], snapshot.activeStates)
            }
            return kept
        }
    }

    @Test func theStatesAreWrittenWithEverySnapshot() throws {
        let temporary = try TemporaryStore()
        try records(temporary.store)
        let kept = try kept(temporary)
        #expect(kept.count >= 3)
        for (subject, row) in kept {
            #expect(row.states == InstanceStates.text(row.snapshot), "\(subject)")
            #expect(row.states.flatMap(InstanceStates.ids) == row.snapshot, "\(subject)")
        }
    }

    @Test func filledFromTheSnapshotsTheyReadAsTheStoreWritesThem() throws {
        let temporary = try TemporaryStore()
        try records(temporary.store)
        let written = try kept(temporary).mapValues(\.states)
        try temporary.tamper("UPDATE instance SET states = NULL")
        _ = try temporary.store.database.write { db in
            if db.dialect == .postgres {
                try db.execute(InstanceStates.postgresFill)
            } else {
                try InstanceStates.fill(db: db)
            }
        }
        #expect(try kept(temporary).mapValues(\.states) == written)
        #expect(try temporary.store.verify().isIntact)
    }

    /// The index of the states must not lead SQLite (which keeps no statistics) to find one
    /// partner's flags by scanning every flag: a refresh of every partner would take the square of
    /// the portfolio's time.
    @Test(.disabled(if: TemporaryStore.onPostgres, "SQLite's query plans"))
    func onePartnersFlagsAreFoundFromItsLinks() throws {
        let temporary = try TemporaryStore()
        try records(temporary.store)
        let plan = try temporary.read { db in
            try db.rows(
                """
                EXPLAIN QUERY PLAN SELECT instance.subject FROM link JOIN instance ON instance.subject = link.subject
                WHERE link.role = 'partner' AND link.target = ? AND instance.kind = ? AND instance.complete = 0
                """, ["P-0001", FlagRows.kind]
            ).map { $0["detail"] as String }
        }
        #expect(plan.first?.hasPrefix("SEARCH link USING INDEX link_by_target") == true, "\(plan)")
    }

    @Test(.disabled(if: TemporaryStore.onPostgres, "databases of earlier versions are SQLite files"))
    func aDatabaseFromBeforeTheColumnGetsItFilledAndVerifies() throws {
        let source = try TemporaryStore()
        try records(source.store)
        let written = try kept(source).mapValues(\.states)
        let old = try TemporaryStore.directory()
        defer { try? FileManager.default.removeItem(at: old) }
        let oldPath = old.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: oldPath)
        try StoreSchema.migrator.migrate(
            queue,
            upTo: "v13-scale: the day each partner can next change with the date, partner list indexes")
        try OlderDatabase.copyRows(from: source.path, into: queue)
        try queue.close()
        let store = try DiligenceStore(path: oldPath, create: false, logger: Logger(label: "test"))
        let filled = try store.database.read { db in
            try db.rows("SELECT subject, states FROM instance").reduce(into: [String: String?]()) {
                $0[$1[0] as String] = $1[1] as String?
            }
        }
        #expect(filled == written)
        #expect(try store.verify().isIntact)
    }
}
