/// A transition: on an event (or on completion), with an optional guard and the roles allowed to
/// send the event, to a target state (or none: an internal transition), with effects.
public struct TransitionDefinition: Sendable {
    /// The event that triggers it; `nil` for a `done` transition taken when its state completes.
    public var event: String?
    /// The state the transition is written on.
    public var source: Int
    /// The state it leads to; `nil` for an internal transition (no state is left or entered).
    public var target: Int?
    /// The condition that must hold, evaluated on the context with the event's data applied.
    public var guardExpression: CompiledExpression?
    /// The roles allowed to send the event; `nil` allows every role.
    public var roles: [String]?
    /// Fields the event must carry.
    public var requires: [FieldID]
    /// Fields the event may carry besides the required ones.
    public var accepts: [FieldID]
    /// What the transition does, in order.
    public var effects: [Effect]
    /// A note for readers and diagrams.
    public var description: String?
    /// Where it is written.
    public var location: SourceLocation
    /// The state below which taking it leaves and enters states (see
    /// ``WorkflowDefinition/domain(of:)``); set when the definition is assembled.
    public internal(set) var domain = 0

    /// Creates a transition.
    public init(
        event: String?, source: Int, target: Int?, guardExpression: CompiledExpression?,
        roles: [String]?, requires: [FieldID], accepts: [FieldID], effects: [Effect],
        description: String?, location: SourceLocation
    ) {
        self.event = event
        self.source = source
        self.target = target
        self.guardExpression = guardExpression
        self.roles = roles
        self.requires = requires
        self.accepts = accepts
        self.effects = effects
        self.description = description
        self.location = location
    }

    /// True when a sender holding `role` may trigger this transition.
    public func allows(role: String) -> Bool {
        guard let roles else { return true }
        return roles.contains(role)
    }

    /// True when the event may carry this field.
    public func takes(slot: Int) -> Bool {
        requires.contains { $0.slot == slot } || accepts.contains { $0.slot == slot }
    }
}

/// The role the engine itself holds when a deadline sends its event.
public enum SystemRole {
    /// `system`: reserved; people cannot act under it.
    public static let name = "system"
}
