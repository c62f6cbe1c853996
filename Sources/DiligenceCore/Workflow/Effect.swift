public import Foundation

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
    /// The messages sent before it falls due (`remind:`).
    public var reminders: [ReminderDefinition] = []
}

/// A deadline's delay: a duration written in the file, the value of a duration field, or the
/// end of the day held by a date field.
public enum Delay: Hashable, Sendable, CustomStringConvertible {
    /// A fixed duration (`after: 30d`).
    case fixed(CalendarDuration)
    /// The duration held by a field when the deadline is scheduled (`after: plan_period`); no
    /// deadline is started while the field is unset.
    case field(FieldID)
    /// The start of the day after the date a field holds when the deadline is scheduled
    /// (`on_day_after: report_due_on`): the deadline falls due once that day is over, at 00:00
    /// UTC, even when that is already past; no deadline is started while the field is unset.
    case dayAfter(FieldID)

    /// When a deadline scheduled at `now` falls due with the given context, or `nil` when its
    /// field is unset.
    public func due(scheduledAt now: Date, in values: [Value?]) -> Date? {
        switch self {
        case .fixed(let duration): return duration.after(now)
        case .field(let field):
            if case .duration(let duration)? = values[field.slot] { return duration.after(now) }
            return nil
        case .dayAfter(let field):
            if case .date(let day)? = values[field.slot] {
                return LocalDate(daysSinceEpoch: day.daysSinceEpoch + 1).startOfDay
            }
            return nil
        }
    }

    /// The field it reads, if any.
    public var field: FieldID? {
        switch self {
        case .fixed: nil
        case .field(let field), .dayAfter(let field): field
        }
    }

    /// `30d`, the field's name, or `the day after report_due_on`.
    public var description: String {
        switch self {
        case .fixed(let duration): duration.description
        case .field(let field): field.path
        case .dayAfter(let field): "the day after \(field.path)"
        }
    }
}
