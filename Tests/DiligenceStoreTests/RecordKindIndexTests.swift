import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

/// The records of one kind across the portfolio (the portfolio page's allegation cases) are found
/// from an index by kind, not by reading every record; one partner's records of a kind are still
/// found from its links, not by scanning every record of the kind.
@Suite(.disabled(if: TemporaryStore.onPostgres, "SQLite's query plans"))
struct RecordKindIndexTests {
    private func plan(_ partner: String?) throws -> [String] {
        let temporary = try FlagFixtures.store(FlagFixtures.definitions())
        var sql = "EXPLAIN QUERY PLAN SELECT record.subject FROM record WHERE record.kind = ?"
        var arguments: [any SQLValueConvertible] = ["allegation"]
        if let partner {
            sql += " AND record.subject IN (SELECT subject FROM link WHERE role = 'partner' AND target = ?)"
            arguments.append(partner)
        }
        return try temporary.read { db in try db.rows(sql, arguments).map { $0["detail"] as String } }
    }

    @Test func aKindsRecordsAreFoundByTheirIndex() throws {
        let plan = try plan(nil)
        #expect(plan.contains { $0.contains("USING COVERING INDEX record_by_kind (kind=?)") }, "\(plan)")
    }

    @Test func onePartnersRecordsOfAKindAreFoundFromItsLinks() throws {
        let plan = try plan("P-0001")
        #expect(plan.contains { $0.hasPrefix("SEARCH link USING") }, "\(plan)")
        #expect(!plan.contains { $0.hasSuffix("(kind=?)") }, "\(plan)")
    }
}
