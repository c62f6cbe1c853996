import GRDB

/// A valid red flag on a partner, as a refusal names it.
public struct PartnerRedFlag: Hashable, Sendable, CustomStringConvertible {
    /// The flag row's id.
    public var id: Int64
    /// The record that raised it (the partner, or a record linked to it).
    public var subject: String
    /// What it is about (`sexual_exploitation_abuse`).
    public var category: String
    /// Why it was raised.
    public var reason: String
    /// When it was raised, as stored.
    public var raisedAt: String

    /// `flag 3 (sexual_exploitation_abuse, raised 2026-11-23 on P-0001): reason`.
    public var description: String {
        "flag \(id) (\(category), raised \(raisedAt.prefix(10)) on \(subject)): \(reason)"
    }
}

/// The valid red flags of a partner with what a refusal says of each: the flags
/// ``PartnerLock/openRedFlags(partner:db:)`` counts (red, not cleared, on the partner).
enum PartnerRedFlags {
    static func open(partner: String, db: Database) throws -> [PartnerRedFlag] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id, subject, category, reason, raised_at FROM flag
                    WHERE subject = ? AND level = 'red' AND cleared_seq IS NULL ORDER BY id
                    """), arguments: [partner]
        ).map { row in
            PartnerRedFlag(
                id: row[0], subject: row[1], category: row[2], reason: row[3], raisedAt: row[4])
        }
    }
}
