import DiligenceCore
import Foundation

extension DiligenceStore {
    /// Refuses a person's `resolve` or `invalidate` of a flag a risk rule raised while the rules
    /// still run for its partner (a lifecycle not finished, with derived facts) and the rule still
    /// holds over the partner's facts: the refresh in the same transaction would raise a new flag
    /// at once. This holds for a flag people escalated or confirmed too (it is theirs to decide, but
    /// the decision waits until the rule no longer holds), and for a red flag a rule raised.
    static func checkRuleFlagDecision(
        _ id: String, event: String, partner: String, definitions: DefinitionSet, now: Date,
        db: any StoreConnection
    ) throws {
        guard event == FlagDecision.resolve.event || event == FlagDecision.invalidate.event,
            let ruleID = try db.value(
                String.self,
                "SELECT \(db.dialect.jsonText("snapshot", at: ["context", FlagKind.raisedByRule.name])) FROM instance WHERE subject = ?",
                [id]),
            let rule = definitions.riskRules?.rule(ruleID)
        else { return }
        let lifecycle = try currentInstance(partner, definitions: definitions, db: db)
        guard !lifecycle.instance.isComplete, lifecycle.definition.fields.contains(where: \.isDerived) else {
            return
        }
        let facts = try PartnerFactsReader.facts(partner: partner, now: now, db: db)
        guard rule.condition.isSatisfied(in: facts) else { return }
        var read: [String] = []
        for field in rule.condition.fieldsRead
        where !read.contains(where: { $0.hasPrefix(field.path + " = ") }) {
            read.append("\(field.path) = \(facts.value(atSlot: field.slot)?.display ?? "(not set)")")
        }
        throw StoreError.ruleStillHolds(
            flag: id, rule: ruleID, condition: rule.condition.source, values: read, partner: partner,
            event: event)
    }
}
