import DiligenceCore
import Foundation

/// What the risk report reads of each partner, in one query over the partners (those of one
/// country and one type, when given) in id order: its record, its lifecycle's active states
/// (``InstanceStates``) and what its last refresh kept (``RefreshHorizon``). No snapshot and no
/// record of the partner's is read for a partner whose kept facts hold.
struct RiskRow {
    /// The partner.
    var record: PartnerRecord
    /// The `instance.states` text of its lifecycle; `nil` when its instance is missing.
    var states: String?
    /// What its last refresh kept, if anything.
    var kept: (dueOn: String, computedOn: String, facts: String)?

    /// The partners' rows.
    static func all(country: String?, type: PartnerType?, db: any StoreConnection) throws -> [RiskRow] {
        var conditions: [String] = []
        var arguments: [any SQLValueConvertible] = []
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
        try db.forEachRow(
            """
            SELECT partner.id, partner.name, partner.country, partner.type, partner.registered_at,
                instance.states, partner_refresh.due_on, partner_refresh.computed_on, partner_refresh.facts
            FROM partner LEFT JOIN instance ON instance.subject = partner.id
            LEFT JOIN partner_refresh ON partner_refresh.partner = partner.id \(filter) ORDER BY partner.id
            """, arguments
        ) { row in
            let record = PartnerRecord(
                id: row[0], name: row[1], country: row[2], type: PartnerType(rawValue: row[3]) ?? .ngo,
                registeredAt: Timestamp.parse(row[4]) ?? Date(timeIntervalSince1970: 0))
            var kept: (dueOn: String, computedOn: String, facts: String)?
            if let dueOn = row[6] as String?, let computedOn = row[7] as String?,
                let facts = row[8] as String?
            {
                kept = (dueOn, computedOn, facts)
            }
            rows.append(RiskRow(record: record, states: row[5], kept: kept))
            return true
        }
        return rows
    }
}

/// Where each partner of a report stands, worked out once per distinct set of active states (a
/// portfolio has few) under the lifecycle the report is made with.
struct StandingMemo {
    /// The partner lifecycle; `nil` when the report is made without definitions.
    let lifecycle: WorkflowDefinition?
    private var known: [String: (activeStates: [String]?, standing: [String]?)] = [:]

    init(lifecycle: WorkflowDefinition?) { self.lifecycle = lifecycle }

    /// The active states an `instance.states` text holds, and the standing they make.
    mutating func standing(_ states: String?) -> (activeStates: [String]?, standing: [String]?) {
        guard let states else { return (nil, nil) }
        if let standing = known[states] { return standing }
        let activeStates = InstanceStates.ids(states)
        let standing = (activeStates, activeStates.flatMap { lifecycle?.standing(activeStates: $0) })
        known[states] = standing
        return standing
    }
}

/// The facts partners' last refreshes kept (``RefreshHorizon``), read on one day: they hold
/// when they were computed under the current basis, on or before the day, and the day is before
/// the one they are next due on. Each distinct line of facts is parsed once (many partners share
/// one).
struct KeptFacts {
    private let day: String
    private let now: Date
    private let basisHolds: Bool
    private var parsed: [String: PartnerFactValues] = [:]

    init(today: LocalDate, now: Date, basisHolds: Bool) {
        day = today.description
        self.now = now
        self.basisHolds = basisHolds
    }

    /// The facts `kept` for a partner, when they hold on the day.
    mutating func facts(_ kept: (dueOn: String, computedOn: String, facts: String)?) -> PartnerFactValues? {
        guard basisHolds, let kept, kept.computedOn <= day, day < kept.dueOn else { return nil }
        if let facts = parsed[kept.facts] { return facts }
        let facts = PartnerFactValues(storedText: kept.facts, now: now)
        parsed[kept.facts] = facts
        return facts
    }
}
