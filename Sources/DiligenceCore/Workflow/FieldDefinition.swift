/// A declared context field of a workflow: its path, type and default value.
public struct FieldDefinition: Sendable {
    /// The dotted path guards use (`capacity_level`).
    public var path: String
    /// Its index in the context.
    public var slot: Int
    /// Its type.
    public var type: ValueType
    /// The value a new instance starts with; `nil` starts unset.
    public var defaultValue: Value?
    /// A note for readers.
    public var description: String?
    /// Where it is declared.
    public var location: SourceLocation
    /// True for a fact computed from the records (an assessment's rating, a partner's open red
    /// flags) by whoever runs the engine: events and effects cannot set it.
    public var isDerived: Bool

    /// Creates a field.
    public init(
        path: String, slot: Int, type: ValueType, defaultValue: Value?, description: String?,
        location: SourceLocation, isDerived: Bool = false
    ) {
        self.isDerived = isDerived
        self.path = path
        self.slot = slot
        self.type = type
        self.defaultValue = defaultValue
        self.description = description
        self.location = location
    }
}

/// A declared role: who may send which events.
public struct RoleDefinition: Sendable {
    /// The role's id (`programme_officer`).
    public var id: String
    /// What the role is, for people.
    public var description: String?
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a role.
    public init(id: String, description: String?, location: SourceLocation) {
        self.id = id
        self.description = description
        self.location = location
    }
}
