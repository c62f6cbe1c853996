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
    /// What its last refresh kept, if anything.
    var kept: Kept?

    /// What a partner's last refresh kept: the day it is next due, the day it was computed, its
    /// facts and its open flags (`nil` when kept before flags were).
    struct Kept {
        var dueOn: String
        var computedOn: String
        var facts: String
        var flags: String?
    }

    /// The partners' rows.
    static func all(country: String?, type: PartnerType?, db: any StoreConnection) throws -> [RiskRow] {
        var conditions: [String] = []
        var arguments: [any SQLValueConvertible] = [PartnerKind.kind.subject]
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
                instance.states, partner_refresh.due_on, partner_refresh.computed_on, partner_refresh.facts,
                partner_refresh.flags
            FROM partner LEFT JOIN instance ON instance.subject = partner.id AND instance.kind = ?
            LEFT JOIN partner_refresh ON partner_refresh.partner = partner.id \(filter) ORDER BY partner.id
            """, arguments
        ) { row in
            let record = PartnerRecord(
                id: row[0], name: row[1], country: row[2], type: PartnerType(rawValue: row[3]) ?? .ngo,
                registeredAt: Timestamp.parse(row[4]) ?? Date(timeIntervalSince1970: 0))
            var kept: Kept?
            if let dueOn = row[6] as String?, let computedOn = row[7] as String?,
                let facts = row[8] as String?
            {
                kept = Kept(dueOn: dueOn, computedOn: computedOn, facts: facts, flags: row[9])
            }
            rows.append(RiskRow(record: record, states: row[5], kept: kept))
            return true
        }
        return rows
    }
}
