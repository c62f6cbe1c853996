import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

/// One partner's records of a kind are found from its links, never by scanning every record of
/// the kind: SQLite keeps no statistics, and an index led by the kind (tried for the portfolio
/// page's cases) drew it to scan every assessment for each partner, so a refresh of every
/// partner took the square of the portfolio's time (193 s at 10,000 partners, against 5 s).
@Suite(.disabled(if: TemporaryStore.onPostgres, "SQLite's query plans"))
struct PartnerRecordsPlanTests {
    private func plan(_ sql: String) throws -> [String] {
        let temporary = try FlagFixtures.store(FlagFixtures.definitions())
        return try temporary.read { db in
            try db.rows("EXPLAIN QUERY PLAN " + sql, [AssessmentRows.kind, "P-0001"]).map {
                $0["detail"] as String
            }
        }
    }

    @Test(arguments: [
        // RecordRow.linked, the records a partner's facts are read from.
        """
        SELECT record.subject, record.value, instance.snapshot FROM link
        JOIN record ON record.subject = link.subject AND record.kind = ?
        JOIN instance ON instance.subject = link.subject
        WHERE link.role = 'partner' AND link.target = ? ORDER BY record.subject
        """,
        // TrainingRows.subject(ofPartner:).
        """
        SELECT record.subject FROM record JOIN link ON link.subject = record.subject
        WHERE record.kind = ? AND link.role = 'partner' AND link.target = ?
        ORDER BY record.subject LIMIT 1
        """,
    ])
    func onePartnersRecordsOfAKindAreFoundFromItsLinks(_ sql: String) throws {
        let plan = try plan(sql)
        #expect(plan.first?.hasPrefix("SEARCH link USING") == true, "\(plan)")
        #expect(!plan.contains { $0.contains("SCAN record") || $0.hasSuffix("(kind=?)") }, "\(plan)")
    }
}
