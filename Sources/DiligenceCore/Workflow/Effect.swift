/// Something a transition (or entering or leaving a state) does, from a closed set.
public enum Effect: Hashable, Sendable {
    /// Set a context field to a value, or unset it (`nil`).
    case set(field: FieldID, value: Value?)
    /// Set a date field to the day the step happens on (`set: {final_on: today}`).
    case setToday(field: FieldID)
    /// Start a deadline that sends `event` after `after`, unless cancelled first.
    case schedule(DeadlineDefinition)
    /// Cancel a pending deadline by its id (nothing happens if none is pending).
    case cancel(deadline: String)
    /// Record a risk flag on the subject.
    case raiseFlag(category: FlagCategory, level: FlagLevel, reason: String)
    /// Clear the open flags of a category that this workflow raised on the subject.
    case clearFlag(category: FlagCategory)
    /// Record a notification for everyone holding a role.
    case notify(role: String, message: String)
}

/// A declared context field, by its slot and path.
public struct FieldID: Hashable, Sendable {
    /// The field's index in the context.
    public var slot: Int
    /// The field's dotted path, as written in the file.
    public var path: String

    /// Creates a field id.
    public init(slot: Int, path: String) {
        self.slot = slot
        self.path = path
    }
}

/// A deadline: after a delay, the engine sends an event to the instance, unless it was cancelled.
public struct DeadlineDefinition: Hashable, Sendable {
    /// The id used to cancel it; unique in the workflow.
    public var id: String
    /// How long after scheduling it falls due: fixed in the file, or read from a duration field
    /// when it is scheduled (a questionnaire's plan period, for example).
    public var after: Delay
    /// The event it sends.
    public var event: String
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a deadline.
    public init(id: String, after: Delay, event: String, location: SourceLocation) {
        self.id = id
        self.after = after
        self.event = event
        self.location = location
    }
}

/// A deadline's delay: a duration written in the file, or the value of a duration field.
public enum Delay: Hashable, Sendable, CustomStringConvertible {
    /// A fixed duration (`after: 30d`).
    case fixed(CalendarDuration)
    /// The duration held by a field when the deadline is scheduled (`after: plan_period`); no
    /// deadline is started while the field is unset.
    case field(FieldID)

    /// The duration to use with the given context, or `nil` when its field is unset.
    public func duration(in values: [Value?]) -> CalendarDuration? {
        switch self {
        case .fixed(let duration): return duration
        case .field(let field):
            if case .duration(let duration)? = values[field.slot] { return duration }
            return nil
        }
    }

    /// `30d`, or the field's name.
    public var description: String {
        switch self {
        case .fixed(let duration): duration.description
        case .field(let field): field.path
        }
    }
}
