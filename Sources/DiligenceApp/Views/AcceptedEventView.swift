public import DiligenceCore

/// An event a record accepts now: who may send it and the fields it must carry.
public struct AcceptedEventView: Sendable, Hashable, Codable {
    /// The event's name.
    public var event: String
    /// The roles that may send it (empty: every role).
    public var roles: [String]
    /// The fields it must carry.
    public var requires: [String]

    /// The view of an available event.
    public init(_ available: WorkflowDefinition.AvailableEvent) {
        event = available.event
        roles = available.roles
        requires = available.requires
    }
}
