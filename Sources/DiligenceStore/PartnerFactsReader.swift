import DiligenceCore
import Foundation
import GRDB

/// Computes a partner's facts from the records in the database: each kind of record linked to the
/// partner adds what it knows. The same code serves the live commands and `tick`.
enum PartnerFactsReader {
    /// `partner`'s facts at `now`.
    static func facts(partner: String, now: Date, db: Database) throws -> PartnerFactValues {
        var facts = PartnerFactValues(now: now)
        try FlagRows.contribute(to: &facts, partner: partner, db: db)
        try AssessmentRows.contribute(to: &facts, partner: partner, db: db)
        try TrainingRows.contribute(to: &facts, partner: partner, db: db)
        try AllegationRows.contribute(to: &facts, partner: partner, db: db)
        return facts
    }
}
