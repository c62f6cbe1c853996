/// A reminder of a deadline, declared beside it: a message to the holders of a role some time
/// before the deadline falls due (`before: 0d` is a message when it passes).
public struct ReminderDefinition: Hashable, Sendable {
    /// How long before the deadline it is sent.
    public var before: CalendarDuration
    /// The role whose holders are reminded.
    public var role: String
    /// What they are told.
    public var message: String
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a reminder.
    public init(before: CalendarDuration, role: String, message: String, location: SourceLocation) {
        self.before = before
        self.role = role
        self.message = message
        self.location = location
    }
}
