import DiligenceCore
import Foundation

/// What the risk report reads of each partner, in one query over the partners (those of one
/// country and one type, when given) in id order: its record, its lifecycle's active states
/// (``InstanceStates``, from the index that holds them) and what its last refresh kept
/// (``RefreshHorizon``). No snapshot, record or flag of the partner's is read for a partner
/// whose kept facts hold.
struct RiskRow {
    /// The partner.
    var record: PartnerRecord
    /// The `instance.states` text of its lifecycle; `nil` when its instance is missing.
    var states: String?
    /// What its last refresh kept, when it holds on the report's day.
    var kept: Kept?

    /// What a partner's last refresh kept: its facts and its open flags (`nil` when kept before
    /// flags were).
    struct Kept {
        var facts: String
        var flags: String?
    }

    /// The partners' rows, with what their last refresh kept when it was computed on or before
    /// `day` and is next due after it.
    static func all(country: String?, type: PartnerType?, day: LocalDate, db: any StoreConnection) throws
        -> [RiskRow]
    {
        var conditions: [String] = []
        let day = day.description
        var arguments: [any SQLValueConvertible] = [day, day, day, day, PartnerKind.kind.subject]
        if let country {
            conditions.append("partner.country = ?")
            arguments.append(country)
        }
        if let type {
            conditions.append("partner.type = ?")
            arguments.append(type.rawValue)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        var rows: [RiskRow] = []
        // The kind in the join lets SQLite read the states from the index (subject, kind, ...)
        // rather than from each instance's row, past its snapshot.
        try db.forEachRow(
            """
            SELECT partner.id, partner.name, partner.country, partner.type, partner.registered_at,
                instance.states,
                CASE WHEN partner_refresh.computed_on <= ? AND ? < partner_refresh.due_on THEN partner_refresh.facts END,
                CASE WHEN partner_refresh.computed_on <= ? AND ? < partner_refresh.due_on THEN partner_refresh.flags END
            FROM partner LEFT JOIN instance ON instance.subject = partner.id AND instance.kind = ?
            LEFT JOIN partner_refresh ON partner_refresh.partner = partner.id \(filter) ORDER BY partner.id
            """, arguments
        ) { row in
            let record = PartnerRecord(
                id: row[0], name: row[1], country: row[2], type: PartnerType(rawValue: row[3]) ?? .ngo,
                registeredAt: Timestamp.parse(row[4]) ?? Date(timeIntervalSince1970: 0))
            let kept = (row[6] as String?).map { Kept(facts: $0, flags: row[7]) }
            rows.append(RiskRow(record: record, states: row[5], kept: kept))
            return true
        }
        return rows
    }
}
