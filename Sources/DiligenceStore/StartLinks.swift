import DiligenceCore

/// The links a `start` event's data declares, written with the new record by the live command
/// and by the replay alike: a flag or a training record to its partner (role `partner`), an
/// international NGO's country-level partner record to its headquarters record (role
/// `headquarters`).
enum StartLinks {
    /// Writes the links of a start entry; does nothing for other entries.
    static func apply(_ entry: LogEntry, db: any StoreConnection) throws {
        guard entry.kind == "start" else { return }
        if let headquarters = entry.data["partner"]?["headquarters"]?.stringValue {
            try link(entry.subject, role: headquartersRole, to: headquarters, db: db)
        }
        for kind in [FlagRows.kind, TrainingRows.kind] {
            if let partner = entry.data[kind]?["partner"]?.stringValue {
                try link(entry.subject, role: partnerRole, to: partner, db: db)
            }
        }
    }

    /// The role of a link from a record to the partner it belongs to.
    static let partnerRole = "partner"
    /// The role of a link from a country-level partner record to its headquarters record.
    static let headquartersRole = "headquarters"

    private static func link(_ subject: String, role: String, to target: String, db: any StoreConnection)
        throws
    {
        try db.execute(
            "INSERT INTO link (subject, role, target) VALUES (?, ?, ?)",
            [subject, role, target])
    }

    /// The headquarters record of a country-level partner record, if it has one.
    static func headquarters(of partner: String, db: any StoreConnection) throws -> String? {
        try db.value(
            String.self, "SELECT target FROM link WHERE subject = ? AND role = ?",
            [partner, headquartersRole])
    }

    /// The country-level partner records whose headquarters record is `partner`.
    static func countryRecords(of partner: String, db: any StoreConnection) throws -> [String] {
        try db.values(
            String.self, "SELECT subject FROM link WHERE target = ? AND role = ? ORDER BY subject",
            [partner, headquartersRole])
    }
}
