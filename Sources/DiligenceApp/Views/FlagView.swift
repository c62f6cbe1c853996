public import DiligenceCore
public import DiligenceStore
public import Foundation

/// A risk flag as `flag list`, `flag show` and `partner show` give it: where it stands on the
/// ladder, who raised it, its notes, and (on its own page) its history.
public struct FlagView: Sendable, Hashable, Codable {
    /// `F-0001`.
    public var id: String
    /// The partner record it is on.
    public var partner: String
    /// The headquarters record it is inherited from; `null` for the partner's own flag.
    @Nullable public var inheritedFrom: String?
    /// What it is about (`compliance`, ...).
    public var category: String
    /// Its level on the ladder.
    public var level: String
    /// Where it stands: `observation`, `yellow`, `escalated`, `red`, `invalidated` or `resolved`.
    public var state: String
    /// Whether it still counts.
    public var open: Bool
    /// False once invalidated.
    public var valid: Bool
    /// Whether it locks the partner (a valid red flag).
    public var locksPartner: Bool
    /// Why it was raised.
    public var reason: String
    /// The risk rule that raised it; `null` for a flag raised by a person.
    @Nullable public var rule: String?
    /// Who raised it.
    public var raisedBy: ActorView
    /// When it was raised.
    public var raisedAt: Date
    /// When it last changed.
    public var updatedAt: Date
    /// How many times it was escalated.
    public var escalations: JSONValue
    /// The note given with it; `null` when none.
    public var note: JSONValue
    /// Why it was invalidated; `null` when it was not.
    public var justification: JSONValue
    /// How it was resolved; `null` when it was not.
    public var resolution: JSONValue
    /// Its events, on the flag's own page; left out of lists (the key is not written).
    public var history: [FlagEventView]?

    /// The view of a flag; with `history`, the flag's page.
    public init(_ flag: FlagEntry, history: [EventRecord]? = nil) {
        id = flag.id
        partner = flag.partner
        inheritedFrom = flag.inheritedFrom
        category = flag.category
        level = flag.level
        state = flag.state
        open = flag.isOpen
        valid = flag.isValid
        locksPartner = flag.locksPartner
        reason = flag.reason
        rule = flag.rule
        raisedBy = ActorView(flag.raisedBy)
        raisedAt = flag.raisedAt
        updatedAt = flag.updatedAt
        escalations = flag.context[FlagKind.escalations.name] ?? .int(0)
        note = flag.context[FlagKind.note.name] ?? .null
        justification = flag.context[FlagKind.justification.name] ?? .null
        resolution = flag.context[FlagKind.resolution.name] ?? .null
        self.history = history?.map(FlagEventView.init)
    }

    enum CodingKeys: String, CodingKey {
        case id, partner
        case inheritedFrom = "inherited_from"
        case category, level, state, open, valid
        case locksPartner = "locks_partner"
        case reason, rule
        case raisedBy = "raised_by"
        case raisedAt = "raised_at"
        case updatedAt = "updated_at"
        case escalations, note, justification, resolution, history
    }
}
