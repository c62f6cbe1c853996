public import DiligenceCore
public import Foundation

/// A risk flag as read commands see it: what it is, where it stands on the ladder, who raised it
/// and when, and whether it is inherited from a headquarters record.
public struct FlagEntry: Sendable {
    /// `F-0001`.
    public var id: String
    /// The partner record the flag is on.
    public var partner: String
    /// Set when the flag is listed for a country-level record and is on its headquarters record
    /// (this is then the headquarters record's id, the same as ``partner``).
    public var inheritedFrom: String?
    /// What it is about (`compliance`, ...).
    public var category: String
    /// Its level on the ladder; for a closed flag, the level it had when it was closed.
    public var level: String
    /// Why it was raised.
    public var reason: String
    /// Where it stands: `observation`, `yellow`, `escalated`, `red`, `invalidated` or `resolved`.
    public var state: String
    /// The id of the risk rule that raised it, for a rule-raised flag.
    public var rule: String?
    /// Who raised it (a user and role, or `rule:ID` with the `system` role).
    public var raisedBy: Actor
    /// When it was raised.
    public var raisedAt: Date
    /// When it last changed.
    public var updatedAt: Date
    /// Its fields (note, justification, resolution, escalations, ...).
    public var context: [String: JSONValue]

    /// Open flags count; invalidated and resolved ones are history.
    public var isOpen: Bool { state != FlagKind.invalidated.name && state != FlagKind.resolved.name }
    /// A flag counts as valid until it is invalidated.
    public var isValid: Bool { state != FlagKind.invalidated.name }
    /// A valid red flag locks the partner.
    public var locksPartner: Bool { state == FlagKind.red.name }

    /// The ladder states and final states, most specific first, as the entry's ``state`` names them.
    static let states = FlagKind.ladder.map(\.name)
}
