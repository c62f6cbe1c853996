/// What evaluating the rules asks the store to do for one partner.
public enum RuleOutcome: Hashable, Sendable {
    /// The rule's condition holds and it has no open flag on the partner: raise this flag.
    case raise(ruleID: String, flag: RuleFlag)
    /// The rule has an open flag on the partner and its condition no longer holds (or the rule
    /// is no longer in the file): clear the flag.
    case clear(ruleID: String)
}
