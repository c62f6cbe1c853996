/// A rule that raises a flag on a partner while its condition over the partner's facts holds,
/// and clears it when the condition no longer holds.
public struct RiskRule: Sendable {
    /// The rule's id, unique in the rules file; a rule-raised flag records it.
    public var id: String
    /// What the rule watches, for people.
    public var description: String?
    /// The condition (`when:`), type-checked against ``PartnerFacts``.
    public var condition: CompiledExpression
    /// The flag raised while the condition holds.
    public var flag: RuleFlag
    /// Whether raising the flag also starts a re-assessment of the partner's PSEA capacity
    /// (`reassess: true`), unless one is already under way.
    public var reassess: Bool
    /// Where the rule is declared.
    public var location: SourceLocation

    /// Creates a rule.
    public init(
        id: String, description: String?, condition: CompiledExpression, flag: RuleFlag,
        reassess: Bool = false, location: SourceLocation
    ) {
        self.id = id
        self.description = description
        self.condition = condition
        self.flag = flag
        self.reassess = reassess
        self.location = location
    }
}
