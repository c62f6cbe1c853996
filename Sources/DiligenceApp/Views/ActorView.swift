public import DiligenceCore

/// Who acted: an account and the role it acted in.
public struct ActorView: Sendable, Hashable, Codable {
    /// The account name (`system` for the engine, `rule:ID` for a risk rule).
    public var user: String
    /// The role it acted in.
    public var role: String

    /// The view of an actor.
    public init(_ actor: Actor) {
        user = actor.user
        role = actor.role
    }
}
