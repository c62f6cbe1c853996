import DiligenceCore
import Foundation

/// The rows a risk flag keeps besides its instance: its link to the partner it is on (written
/// from the `start` event's data by ``StartLinks``). The flag's category, level, reason and
/// decisions are fields of its `risk-flag` instance; its history is its log.
enum FlagRows {
    /// The `kind` of a flag's instance row, and the workflow `subject:` that runs flags.
    static let kind = FlagKind.kind.subject
    /// Flag ids: `F-0001`.
    static let prefix = FlagKind.kind.idPrefix

    /// The start event's data of a flag on `partner`.
    static func startData(partner: String) -> JSONValue {
        .object([kind: .object(["partner": .string(partner)])])
    }

    /// The partner a flag is on; `nil` when `subject` is not a flag.
    static func partner(ofFlag subject: String, db: any StoreConnection) throws -> String? {
        try db.value(
            String.self,
            """
            SELECT link.target FROM link JOIN instance ON instance.subject = link.subject
            WHERE link.subject = ? AND link.role = 'partner' AND instance.kind = ?
            """, [subject, kind])
    }

    /// The open flags a risk rule raised on `partner` (its own, not inherited), by rule id.
    static func openRuleFlags(partner: String, db: any StoreConnection) throws -> [String: String] {
        let rows = try db.rows(
            """
            SELECT instance.subject, \(db.dialect.jsonText("instance.snapshot", at: ["context", FlagKind.raisedByRule.name])) AS rule
            FROM link JOIN instance ON instance.subject = link.subject
            WHERE link.role = 'partner' AND link.target = ? AND instance.kind = ? AND instance.complete = 0
            ORDER BY instance.subject
            """, [partner, kind])
        var flags: [String: String] = [:]
        for row in rows {
            guard let rule: String = row["rule"], !rule.isEmpty else { continue }
            if flags[rule] == nil { flags[rule] = row["subject"] }
        }
        return flags
    }

    /// Adds what the partner's flags say to its facts: `open_red_flags`, the valid red flags on
    /// the partner and on its headquarters record.
    static func contribute(to facts: inout PartnerFactValues, partner: String, db: any StoreConnection) throws
    {
        facts.openRedFlags = try PartnerLock.openRedFlags(partner: partner, db: db).count
    }
}
