import DiligenceCore
import DiligenceDatabaseSupport
import Foundation
import GRDB
import Logging
import Testing

@testable import DiligenceStore

private typealias F = FlagFixtures

/// Each refresh of a partner keeps its open flags by level beside its facts (``OpenFlags``), and
/// the risk report reads them while the kept facts hold: what it shows is what counting the
/// flags gives, through raising, escalating and closing flags, on a headquarters record and its
/// country-level record alike.
@Suite struct KeptFlagsTests {
    let definitions = F.definitions()

    /// Each partner's flags in the report: kept (made with the definitions) and counted.
    private func flags(_ store: DiligenceStore, day: Double) throws -> (kept: [String], counted: [String]) {
        func counts(_ levels: [FlagLevel: Int]) -> String {
            FlagLevel.allCases.map { String(levels[$0] ?? 0) }.joined(separator: "/")
        }
        func lines(_ definitions: DefinitionSet?) throws -> [String] {
            try store.portfolioRisk(now: StoreFixtures.days(day), definitions: definitions).lines.map {
                line in
                "\(line.partner.id) \(counts(line.openFlags)) of which inherited \(counts(line.inheritedFlags))"
            }
        }
        return (try lines(definitions), try lines(nil))
    }

    @Test func theReportShowsTheFlagsAsTheyAreThroughTheirLadder() throws {
        let temporary = try F.store(definitions, type: .ingo)
        let store = temporary.store
        let country = try store.registerPartner(
            name: "Amani Kenya", country: "KE", type: .ingo, headquarters: "P-0001",
            actor: StoreFixtures.manager, definitions: definitions, now: StoreFixtures.start
        ).id
        var day = 1.0
        _ = try store.refreshAllPartners(now: StoreFixtures.days(day), definitions: definitions)
        func check(_ expected: [String], _ comment: Comment) throws {
            // Every partner's flags are kept, under the basis the report is made with.
            let unkept = try temporary.read { db in
                try db.value(
                    Int.self,
                    "SELECT COUNT(*) FROM partner LEFT JOIN partner_refresh ON partner = id WHERE flags IS NULL"
                )
            }
            #expect(unkept == 0, comment)
            let basis = try temporary.read { db in try RefreshHorizon.storedBasis(db: db) }
            #expect(
                basis
                    == RefreshHorizon.basis(
                        definitions.workflow(forSubject: "partner")!, definitions: definitions))
            let (kept, counted) = try flags(store, day: day)
            #expect(kept == counted, comment)
            #expect(kept == expected, comment)
        }
        try check(
            ["P-0001 0/0/0/0 of which inherited 0/0/0/0", "\(country) 0/0/0/0 of which inherited 0/0/0/0"],
            "none")
        let yellow = try store.raiseFlag(
            partner: "P-0001", category: .financial, level: .yellow, reason: "Late audit report.",
            actor: F.officer, definitions: definitions, now: StoreFixtures.days(day))
        _ = try store.raiseFlag(
            partner: country, category: .compliance, level: .observation, reason: "Missing minutes.",
            actor: F.officer, definitions: definitions, now: StoreFixtures.days(day))
        try check(
            ["P-0001 0/1/0/0 of which inherited 0/0/0/0", "\(country) 1/1/0/0 of which inherited 0/1/0/0"],
            "raised")
        // The headquarters' flag up its ladder, then closed: the country record follows it.
        let steps: [(FlagDecision, Actor, headquarters: String, country: String)] = [
            (.escalate, F.officer, "0/0/1/0", "1/0/1/0 of which inherited 0/0/1/0"),
            (.confirm, F.headquarters, "0/0/0/1", "1/0/0/1 of which inherited 0/0/0/1"),
            (.resolve, F.headquarters, "0/0/0/0", "1/0/0/0 of which inherited 0/0/0/0"),
        ]
        for (decision, actor, headquarters, expected) in steps {
            day += 1
            _ = try store.decideFlag(
                yellow, decision: decision, text: "Decided.", actor: actor, definitions: definitions,
                now: StoreFixtures.days(day))
            try check(
                ["P-0001 \(headquarters) of which inherited 0/0/0/0", "\(country) \(expected)"], "\(decision)"
            )
        }
        #expect(try store.verify().isIntact)
    }

    /// What the report shows is the kept line while it holds: edited behind the store's back, it
    /// shows; once the facts no longer hold, the flags are counted again.
    @Test func theReportReadsTheKeptFlagsWhileTheFactsHold() throws {
        let temporary = try F.store(definitions)
        let store = temporary.store
        _ = try store.refreshAllPartners(now: StoreFixtures.days(1), definitions: definitions)
        try temporary.tamper("UPDATE partner_refresh SET flags = '0,0,3,0|0,0,0,0', due_on = '2026-02-01'")
        #expect(try flags(store, day: 1).kept == ["P-0001 0/0/3/0 of which inherited 0/0/0/0"])
        #expect(try flags(store, day: 40).kept == ["P-0001 0/0/0/0 of which inherited 0/0/0/0"])
        // Flags kept in no known form are counted again.
        for text in ["3", "1,2,3|0,0,0,0", "0,0,-1,0|0,0,0,0", "a,0,0,0|0,0,0,0"] {
            try temporary.tamper("UPDATE partner_refresh SET flags = '\(text)'")
            #expect(try flags(store, day: 1).kept == ["P-0001 0/0/0/0 of which inherited 0/0/0/0"], "\(text)")
        }
    }

    /// Flags counted for the whole portfolio at once are those counted partner by partner: the
    /// records of every level, the flags workflow effects raised, inherited ones.
    @Test func countingEveryPartnersFlagsAtOnceGivesWhatCountingEachGives() throws {
        let definitions = PortfolioFixtures.definitions()
        let temporary = try TemporaryStore()
        let store = temporary.store
        let headquarters = try store.registerPartner(
            name: "Amani", country: "KE", type: .ingo, actor: StoreFixtures.manager, definitions: definitions,
            now: StoreFixtures.start
        ).id
        for (index, country) in ["UG", "TZ"].enumerated() {
            let office = try store.registerPartner(
                name: "Amani \(country)", country: country, type: .ingo, headquarters: headquarters,
                actor: StoreFixtures.manager, definitions: definitions, now: StoreFixtures.start
            ).id
            _ = try store.raiseFlag(
                partner: office, category: .financial, level: index == 0 ? .observation : .yellow,
                reason: "Finding \(index).", actor: F.officer, definitions: definitions,
                now: StoreFixtures.days(1))
        }
        _ = try store.registerPartner(
            name: "Baraka", country: "KE", type: .ngo, actor: StoreFixtures.manager, definitions: definitions,
            now: StoreFixtures.start)
        for event in ["raise_concern", "confirm_red"] {
            _ = try store.send(
                subject: headquarters, event: event, assignments: [], actor: StoreFixtures.manager,
                definitions: definitions, now: StoreFixtures.days(2))
        }
        let flag = try store.raiseFlag(
            partner: headquarters, category: .financial, level: .yellow, reason: "Late audit report.",
            actor: F.officer, definitions: definitions, now: StoreFixtures.days(3))
        _ = try store.decideFlag(
            flag, decision: .escalate, text: "For headquarters.", actor: F.officer, definitions: definitions,
            now: StoreFixtures.days(4))
        try temporary.read { db in
            let all = try FlagCounts.openByPartner(db: db)
            let partners = try db.values(String.self, "SELECT id FROM partner ORDER BY id")
            #expect(partners.count == 4)
            for partner in partners {
                let one = try FlagCounts.open(partner: partner, db: db)
                #expect((all[partner] ?? OpenFlags()) == one, "\(partner)")
            }
            let office = try FlagCounts.open(partner: "P-0002", db: db)
            #expect(office.own == [.observation: 1])
            #expect(office.inherited == [.yellow: 1, .red: 1, .escalated: 1])
        }
    }

    /// The kept text reads back as it was written.
    @Test func theKeptTextReadsBack() {
        let flags = OpenFlags(own: [.yellow: 2, .red: 1], inherited: [.escalated: 12])
        #expect(flags.storedText == "0,2,0,1|0,0,12,0")
        #expect(OpenFlags(storedText: flags.storedText) == flags)
        #expect(flags.total == [.yellow: 2, .red: 1, .escalated: 12])
        #expect(OpenFlags(storedText: "0,0,0,0|0,0,0,0") == OpenFlags())
    }

    /// A database that kept its days before flags were kept: the upgrade makes its next tick
    /// refresh every partner and keep them; until then the report counts them.
    @Test(.disabled(if: TemporaryStore.onPostgres, "databases of earlier versions are SQLite files"))
    func aDatabaseFromBeforeKeepsItsFlagsAtTheNextTick() throws {
        let source = try F.store(definitions)
        _ = try source.store.raiseFlag(
            partner: "P-0001", category: .financial, level: .yellow, reason: "Late audit report.",
            actor: F.officer, definitions: definitions, now: StoreFixtures.days(1))
        _ = try source.store.refreshAllPartners(now: StoreFixtures.days(1), definitions: definitions)
        let old = try TemporaryStore.directory()
        defer { try? FileManager.default.removeItem(at: old) }
        let oldPath = old.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: oldPath)
        try StoreSchema.migrator.migrate(
            queue, upTo: "v14-states: each instance's active states beside its snapshot")
        try OlderDatabase.copyRows(from: source.path, into: queue)
        try queue.close()
        let store = try DiligenceStore(path: oldPath, create: false, logger: Logger(label: "test"))
        func kept() throws -> [String?] {
            try store.database.read { db in
                try db.rows("SELECT flags FROM partner_refresh").map { $0[0] as String? }
            }
        }
        #expect(try kept() == [nil])
        #expect(try flags(store, day: 2).kept == ["P-0001 0/1/0/0 of which inherited 0/0/0/0"])
        let head = try store.logHeadSequence()
        _ = try store.tick(now: StoreFixtures.days(2), definitions: definitions)
        _ = try store.refreshAllPartners(now: StoreFixtures.days(2), definitions: definitions)
        #expect(try kept() == ["0,1,0,0|0,0,0,0"])
        #expect(try store.logHeadSequence() == head)
        #expect(try flags(store, day: 2).kept == ["P-0001 0/1/0/0 of which inherited 0/0/0/0"])
        #expect(try store.verify().isIntact)
    }

    /// The report reads each partner's lifecycle states from the index that holds them, not from
    /// its instance's row past the snapshot.
    @Test(.disabled(if: TemporaryStore.onPostgres, "SQLite's query plans"))
    func theReportReadsTheStatesFromTheirIndex() throws {
        let temporary = try F.store(definitions)
        let plan = try temporary.read { db in
            try db.rows(
                """
                EXPLAIN QUERY PLAN SELECT partner.id, instance.states FROM partner
                LEFT JOIN instance ON instance.subject = partner.id AND instance.kind = ? ORDER BY partner.id
                """, [PartnerKind.kind.subject]
            ).map { $0["detail"] as String }
        }
        #expect(
            plan.contains { $0.hasPrefix("SEARCH instance USING COVERING INDEX instance_states") }, "\(plan)")
    }
}
