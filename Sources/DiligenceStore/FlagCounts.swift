import DiligenceCore
import GRDB

/// Open flags counted by level, read straight from the `flag` table: a partner's facts say how
/// many red flags lock it, the risk report also needs the observations, yellow and escalated ones.
enum FlagCounts {
    /// Open flags on each partner, by level; a partner without open flags is absent. A level the
    /// ladder does not know is left out.
    static func openByPartner(db: Database) throws -> [String: [FlagLevel: Int]] {
        guard try db.tableExists("flag") else { return [:] }
        var counts: [String: [FlagLevel: Int]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT subject, level, COUNT(*) FROM flag WHERE cleared_seq IS NULL
                AND subject IN (SELECT id FROM partner) GROUP BY subject, level
                """)
        for row in rows {
            guard let level = FlagLevel(rawValue: row[1]) else { continue }
            counts[row[0], default: [:]][level] = row[2]
        }
        return counts
    }
}
