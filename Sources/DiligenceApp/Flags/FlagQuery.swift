public import DiligenceCore

/// The filters of a flags list, as ``DiligenceService/flags(_:by:)`` takes them: each one set
/// narrows the list.
public struct FlagQuery: Sendable, Hashable {
    /// Who raised a flag: a risk rule or a person.
    public enum Origin: String, CaseIterable, Sendable {
        /// Raised by a risk rule (the engine's `system` role).
        case rule
        /// Raised by a person.
        case person
    }

    /// Flags of one partner (with those it inherits from its headquarters record).
    public var partner: String?
    /// Open flags at one level.
    public var level: FlagLevel?
    /// Flags about one category.
    public var category: FlagCategory?
    /// Open flags only.
    public var openOnly: Bool
    /// Flags raised by a rule or by a person.
    public var origin: Origin?
    /// Flags the acting account raised itself.
    public var onlyMine: Bool

    /// Creates a query; with no argument, every flag the account may see.
    public init(
        partner: String? = nil, level: FlagLevel? = nil, category: FlagCategory? = nil,
        openOnly: Bool = false,
        origin: Origin? = nil, onlyMine: Bool = false
    ) {
        self.partner = partner
        self.level = level
        self.category = category
        self.openOnly = openOnly
        self.origin = origin
        self.onlyMine = onlyMine
    }
}
