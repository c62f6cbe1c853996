/// Who sends an event: a named user acting in one role, or the engine itself for a deadline.
public struct Actor: Hashable, Sendable, Codable {
    /// The user's name or id as recorded in the log.
    public var user: String
    /// The role the user acts in.
    public var role: String

    /// Creates an actor.
    public init(user: String, role: String) {
        self.user = user
        self.role = role
    }

    /// The engine sending a deadline's event.
    public static func deadline(_ id: String) -> Actor {
        Actor(user: "deadline:" + id, role: SystemRole.name)
    }
}

/// An event sent to an instance, with the field values it carries (`--set field=value`).
public struct EventInput: Hashable, Sendable {
    /// The event's name.
    public var name: String
    /// The values the event carries, applied to the context when a transition is taken.
    public var data: [FieldValue]

    /// Creates an event.
    public init(_ name: String, data: [FieldValue] = []) {
        self.name = name
        self.data = data
    }
}

/// A field and a value for it (`nil` unsets the field).
public struct FieldValue: Hashable, Sendable {
    /// The field.
    public var field: FieldID
    /// The value; `nil` unsets it.
    public var value: Value?

    /// Creates a field value.
    public init(field: FieldID, value: Value?) {
        self.field = field
        self.value = value
    }
}
