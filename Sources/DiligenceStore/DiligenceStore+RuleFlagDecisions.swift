import DiligenceCore
import Foundation
import GRDB

extension DiligenceStore {
    /// Refuses a person's `resolve` or `invalidate` of a flag a risk rule raised while the flag is
    /// still the rule's (it would accept the rule's `clear`) and the rule still holds over the
    /// partner's facts: the next evaluation, in the same transaction, would raise it again.
    static func checkRuleFlagDecision(
        _ id: String, event: String, partner: String, definitions: DefinitionSet, now: Date, db: Database
    ) throws {
        guard event == FlagDecision.resolve.event || event == FlagDecision.invalidate.event,
            let ruleID = try String.fetchOne(
                db,
                sql:
                    "SELECT json_extract(snapshot, '$.context.raised_by_rule') FROM instance WHERE subject = ?",
                arguments: [id]),
            let rule = definitions.riskRules?.rule(ruleID)
        else { return }
        let loaded = try currentInstance(id, definitions: definitions, db: db)
        let clear = try loaded.definition.event("clear", assignments: [("resolution", "-")])
        guard
            case .accepted = Engine.step(
                loaded.definition, loaded.instance, event: clear,
                actor: Actor(user: "rule:" + ruleID, role: SystemRole.name), now: now),
            rule.condition.isSatisfied(in: try PartnerFactsReader.facts(partner: partner, now: now, db: db))
        else { return }
        throw StoreError.ruleStillHolds(
            flag: id, rule: ruleID, condition: rule.condition.source, partner: partner, event: event)
    }
}
