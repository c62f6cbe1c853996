/// The flag a risk rule raises: its category, its level and the reason shown on it.
public struct RuleFlag: Hashable, Sendable {
    /// What the flag is about.
    public var category: FlagCategory
    /// Its level: `observation`, `yellow` or `red` (escalation is a person's decision). A rule
    /// raising red is headquarters' policy written in the rules file, for example for a
    /// substantiated allegation of SEA.
    public var level: FlagLevel
    /// The reason written on the flag.
    public var reason: String

    /// Creates a rule's flag.
    public init(category: FlagCategory, level: FlagLevel, reason: String) {
        self.category = category
        self.level = level
        self.reason = reason
    }

    /// The levels a rule may raise.
    public static let ruleLevels: [FlagLevel] = [.observation, .yellow, .red]
}
