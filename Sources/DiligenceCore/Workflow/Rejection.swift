/// Why an event was refused. Data only: the wording for people is in ``Rejection/explanation``.
public enum Rejection: Hashable, Sendable, Error {
    /// The instance has reached a final state.
    case instanceComplete(finalStates: [String])
    /// No transition anywhere in the workflow handles this event.
    case unknownEvent(event: String, knownEvents: [String])
    /// The event exists but no active state takes it now.
    case notAccepted(event: String, currentStates: [String], acceptedEvents: [String])
    /// The sender's role may not send this event here.
    case roleNotAllowed(event: String, role: String, allowedRoles: [String])
    /// The event carries a field no transition for it takes.
    case fieldNotAccepted(event: String, field: String, acceptedFields: [String])
    /// The event lacks fields it must carry.
    case missingData(event: String, fields: [String])
    /// Every transition for the event has a guard that is false now.
    case guardFailed(event: String, failures: [GuardFailure])
    /// Automatic `done` transitions kept firing without settling (a definition mistake).
    case runaway(event: String, state: String)
}

/// A guard that was false, with the values it read.
public struct GuardFailure: Hashable, Sendable {
    /// The state the transition is written on.
    public var source: String
    /// The transition's target, if any.
    public var target: String?
    /// The guard's text.
    public var guardSource: String
    /// Where the guard is written.
    public var location: SourceLocation
    /// The fields the guard read and their values (`nil`: unset).
    public var values: [FieldReading]

    /// Creates a guard failure.
    public init(
        source: String, target: String?, guardSource: String, location: SourceLocation, values: [FieldReading]
    ) {
        self.source = source
        self.target = target
        self.guardSource = guardSource
        self.location = location
        self.values = values
    }
}

/// A field's value as a guard saw it.
public struct FieldReading: Hashable, Sendable {
    /// The field's path.
    public var path: String
    /// Its value; `nil` when unset.
    public var value: Value?

    /// Creates a reading.
    public init(path: String, value: Value?) {
        self.path = path
        self.value = value
    }
}
