import DiligenceCore
import Foundation

/// Computes a partner's facts from the records in the database: each kind of record linked to the
/// partner adds what it knows. The same code serves the live commands and `tick`.
///
/// Every fact comes from the records linked to the partner (and the date), except those read from
/// the partner's own events named in ``eventsRead``: after any other event of the partner the facts
/// are what they were before it, and the refresh that follows reuses them. A contributor that
/// reads more of the partner's own log or instance must name the events here.
enum PartnerFactsReader {
    /// The partner's own events some fact reads (``TrainingRows`` reads whether training was
    /// ever confirmed).
    static let eventsRead: Set<String> = [TrainingRows.confirmTrainingEvent]

    /// `partner`'s facts at `now`.
    static func facts(partner: String, now: Date, db: any StoreConnection) throws -> PartnerFactValues {
        var facts = PartnerFactValues(now: now)
        for kind in StoredRecordKinds.all {
            try kind.contribute(to: &facts, partner: partner, db: db)
        }
        return facts
    }
}
