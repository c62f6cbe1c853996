import DiligenceCore
import GRDB

/// Whether a partner is locked: a valid red flag on it stops its lifecycle from entering or
/// staying in `active` and any of its agreements from being cleared, until the flag is resolved.
enum PartnerLock {
    /// The open red flags on `partner`, oldest first, as `F-…`/row ids a refusal can name.
    static func openRedFlags(partner: String, db: Database) throws -> [String] {
        try Int64.fetchAll(
            db.cachedStatement(
                sql:
                    "SELECT id FROM flag WHERE subject = ? AND level = 'red' AND cleared_seq IS NULL ORDER BY id"
            ), arguments: [partner]
        ).map { "flag \($0)" }
    }
}
