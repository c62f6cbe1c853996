import DiligenceCore

/// Open flags counted by level: a partner's facts say how many red flags lock it, the risk report
/// also needs the observations, yellow and escalated ones. Counts the partner's flag records
/// (`risk-flag` instances linked to it, by the ladder state they are in) and the flags workflow
/// effects raised on it (the `flag` table). A country-level record of an international NGO counts
/// its headquarters record's flags too, as `flag list --partner` lists them and the lock reads them.
enum FlagCounts {
    /// Up to how many partners a report counts the flags of one by one (``open(partner:db:)``, a
    /// few index lookups each) rather than all at once (``openByPartner(db:)``, which reads every
    /// open flag of the portfolio however few partners are asked for).
    static let partnersCountedOneByOne = 500

    /// Open flags on one partner, by level: its own and its headquarters record's.
    static func open(partner: String, db: any StoreConnection) throws -> OpenFlags {
        let own = try ownOpen(partner: partner, db: db)
        guard let headquarters = try StartLinks.headquarters(of: partner, db: db) else {
            return OpenFlags(own: own)
        }
        return OpenFlags(own: own, inherited: try ownOpen(partner: headquarters, db: db))
    }

    /// Open flags on every partner, by level, in two queries over the whole portfolio (where
    /// ``open(partner:db:)`` would take several per partner). A partner without open flags, own
    /// or inherited, is absent.
    static func openByPartner(db: any StoreConnection) throws -> [String: OpenFlags] {
        let own = try ownOpenByPartner(db: db)
        var flags = own.mapValues { OpenFlags(own: $0) }
        let links = try db.rows(
            "SELECT subject, target FROM link WHERE role = ?",
            [StartLinks.headquartersRole])
        for row in links {
            let (partner, headquarters): (String, String) = (row[0], row[1])
            if let inherited = own[headquarters] {
                flags[partner] = OpenFlags(own: own[partner] ?? [:], inherited: inherited)
            }
        }
        return flags
    }

    /// Open flags raised on one partner itself, by level.
    private static func ownOpen(partner: String, db: any StoreConnection) throws -> [FlagLevel: Int] {
        var counts: [FlagLevel: Int] = [:]
        try db.forEachRow(
            """
            SELECT instance.states FROM link JOIN instance ON instance.subject = link.subject
            WHERE link.role = 'partner' AND link.target = ? AND instance.kind = ? AND instance.complete = 0
            """, [partner, FlagRows.kind]
        ) { row in
            for id in (row[0] as String?).flatMap(InstanceStates.ids) ?? [] {
                if let level = FlagLevel(rawValue: id) { counts[level, default: 0] += 1 }
            }
            return true
        }
        let effects = try db.rows(
            "SELECT level, COUNT(*) FROM flag WHERE subject = ? AND cleared_seq IS NULL GROUP BY level",
            [partner])
        for row in effects {
            if let level = FlagLevel(rawValue: row[0]) { counts[level, default: 0] += row[1] as Int }
        }
        return counts
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
