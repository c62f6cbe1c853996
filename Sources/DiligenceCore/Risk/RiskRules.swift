/// The risk rules of `Assessments/risk-rules.yaml`, and their evaluation.
public struct RiskRules: Sendable {
    /// The rules in file order.
    public var rules: [RiskRule]
    /// The file they were loaded from.
    public var file: String
    /// The SHA-256 of the file's text.
    public var hash: String

    /// Creates a rule set.
    public init(rules: [RiskRule], file: String, hash: String) {
        self.rules = rules
        self.file = file
        self.hash = hash
    }

    /// The rule with this id.
    public func rule(_ id: String) -> RiskRule? { rules.first { $0.id == id } }

    /// Evaluates these rules; see ``evaluate(_:facts:openRuleFlags:)``.
    public func evaluate(facts: PartnerFactValues, openRuleFlags: Set<String>) -> [RuleOutcome] {
        Self.evaluate(rules, facts: facts, openRuleFlags: openRuleFlags)
    }

    /// What to raise and clear for one partner: a raise for each rule whose condition holds and
    /// that has no open flag on the partner, a clear for each open rule flag whose condition no
    /// longer holds, then a clear for each open flag of a rule that is no longer in the file
    /// (by id). Pure and idempotent: with the raised flags open, a second evaluation on the
    /// same facts returns nothing.
    ///
    /// - Parameter openRuleFlags: the ids of the rules that have an open flag on the partner.
    public static func evaluate(
        _ rules: [RiskRule], facts: PartnerFactValues, openRuleFlags: Set<String>
    ) -> [RuleOutcome] {
        var outcomes: [RuleOutcome] = []
        var known = Set<String>()
        for rule in rules where known.insert(rule.id).inserted {
            let holds = rule.condition.isSatisfied(in: facts)
            let isOpen = openRuleFlags.contains(rule.id)
            if holds, !isOpen { outcomes.append(.raise(ruleID: rule.id, flag: rule.flag)) }
            if !holds, isOpen { outcomes.append(.clear(ruleID: rule.id)) }
        }
        for id in openRuleFlags.subtracting(known).sorted() { outcomes.append(.clear(ruleID: id)) }
        return outcomes
    }
}
