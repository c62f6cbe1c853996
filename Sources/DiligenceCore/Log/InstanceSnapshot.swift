/// An instance written by name rather than by index: what the store keeps, and what survives a
/// change of the definition file as long as the names still exist.
public struct InstanceSnapshot: Hashable, Sendable {
    /// The active states' ids, outermost first, in document order.
    public var activeStates: [String]
    /// Field values by path; unset fields are absent.
    public var context: [String: JSONValue]
    /// How many events have been accepted.
    public var version: Int
    /// True once a top-level final state is reached.
    public var isComplete: Bool

    /// Creates a snapshot.
    public init(activeStates: [String], context: [String: JSONValue], version: Int, isComplete: Bool) {
        self.activeStates = activeStates
        self.context = context
        self.version = version
        self.isComplete = isComplete
    }

    /// The snapshot of an instance under its definition.
    public init(_ instance: WorkflowInstance, definition: WorkflowDefinition) {
        activeStates = definition.activeStateIDs(of: instance)
        var context: [String: JSONValue] = [:]
        for field in definition.fields {
            if let value = instance.values[field.slot] { context[field.path] = value.json }
        }
        self.context = context
        version = instance.version
        isComplete = instance.isComplete
    }

    /// The instance this snapshot describes under `definition`, or why it no longer fits it
    /// (a state or a field that is gone, a value of another type).
    public func instance(subject: String, definition: WorkflowDefinition) throws(SnapshotMismatch)
        -> WorkflowInstance
    {
        var configuration = Configuration(stateCount: definition.states.count)
        configuration.insert(0)
        for id in activeStates {
            guard let state = definition.state(named: id) else { throw .stateRemoved(id) }
            configuration.insert(state)
        }
        var values = [Value?](repeating: nil, count: definition.fields.count)
        for (path, json) in context {
            guard let field = definition.field(path) else { throw .fieldRemoved(path) }
            guard let value = Value(json: json, as: field.type) else {
                throw .fieldChanged(path, json.canonicalText, field.type.description)
            }
            values[field.slot] = value
        }
        return WorkflowInstance(
            subject: subject, workflow: definition.id, definitionHash: definition.hash, version: version,
            configuration: configuration, values: values, isComplete: isComplete)
    }

    /// The snapshot as one JSON object (`states`, `context`, `version`, `complete`).
    public var json: JSONValue {
        .object([
            "states": .array(activeStates.map(JSONValue.string)), "context": .object(context),
            "version": .int(version), "complete": .bool(isComplete),
        ])
    }
}

/// Why a stored instance no longer fits a (changed) definition.
public enum SnapshotMismatch: Error, Hashable, Sendable {
    /// The instance is in a state the definition no longer has.
    case stateRemoved(String)
    /// The instance holds a field the definition no longer declares.
    case fieldRemoved(String)
    /// A stored value no longer fits the field's declared type.
    case fieldChanged(String, String, String)

    /// What is wrong, for the person who changed the file.
    public var explanation: String {
        switch self {
        case .stateRemoved(let id): "it is in the state \"\(id)\", which the workflow file no longer has"
        case .fieldRemoved(let path):
            "it holds the field \"\(path)\", which the workflow file no longer declares"
        case .fieldChanged(let path, let value, let type):
            "its field \"\(path)\" holds \(value), which is not a \(type) as the workflow file now declares"
        }
    }
}
