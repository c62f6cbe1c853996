import DiligenceCore

/// Open flags counted by level: a partner's facts say how many red flags lock it, the risk report
/// also needs the observations, yellow and escalated ones. Counts the partner's flag records
/// (`risk-flag` instances linked to it, by the ladder state they are in) and the flags workflow
/// effects raised on it (the `flag` table). A country-level record of an international NGO counts
/// its headquarters record's flags too, as `flag list --partner` lists them and the lock reads them.
enum FlagCounts {
    /// Open flags on each partner, by level: `own` those raised on it, `inherited` those of its
    /// headquarters record. A partner without open flags is absent.
    static func openByPartner(db: any StoreConnection) throws -> (
        own: [String: [FlagLevel: Int]], inherited: [String: [FlagLevel: Int]]
    ) {
        let own = try ownOpenByPartner(db: db)
        var inherited: [String: [FlagLevel: Int]] = [:]
        let links = try db.rows(
            "SELECT subject, target FROM link WHERE role = ?",
            [StartLinks.headquartersRole])
        for row in links {
            let (partner, headquarters): (String, String) = (row[0], row[1])
            if let flags = own[headquarters] { inherited[partner] = flags }
        }
        return (own, inherited)
    }

    /// Open flags raised on each partner itself, by level. The flags are read from the index of
    /// instances' states, every instance in one pass (`CROSS JOIN` keeps SQLite to that order),
    /// each looked up in the links, rather than every link looked up in the instances.
    private static func ownOpenByPartner(db: any StoreConnection) throws -> [String: [FlagLevel: Int]] {
        var counts: [String: [FlagLevel: Int]] = [:]
        let levels = FlagLevel.allCases.map(\.rawValue)
        let marks = levels.map { _ in "?" }.joined(separator: ", ")
        let records = try db.rows(
            """
            SELECT link.target, state.value, COUNT(*) FROM instance CROSS JOIN link
            JOIN \(db.dialect.jsonArrayElements("instance.states", key: nil, as: "state")) ON 1 = 1
            WHERE link.subject = instance.subject AND link.role = 'partner'
                AND instance.kind = ? AND instance.complete = 0 AND state.value IN (\(marks))
            GROUP BY link.target, state.value
            """, [FlagRows.kind] + levels)
        let effects = try db.rows(
            """
            SELECT subject, level, COUNT(*) FROM flag WHERE cleared_seq IS NULL
            AND subject IN (SELECT id FROM partner) GROUP BY subject, level
            """)
        for row in records + effects {
            guard let level = FlagLevel(rawValue: row[1]) else { continue }
            counts[row[0], default: [:]][level, default: 0] += row[2] as Int
        }
        return counts
    }
}
