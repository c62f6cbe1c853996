public import DiligenceStore
public import Foundation

/// A deadline `tick` handled: fired, or dropped with the reason its event was refused.
public struct FiredDeadlineView: Sendable, Hashable, Codable {
    /// The record it belonged to.
    public var subject: String
    /// The deadline's id in the workflow.
    public var deadline: String
    /// The event it sent.
    public var event: String
    /// When it was due.
    public var dueAt: Date
    /// Why the event was refused (the deadline is then dropped); `null` when it was accepted.
    @Nullable public var refused: String?

    /// The view of a handled deadline.
    public init(_ fired: FiredDeadline) {
        subject = fired.subject
        deadline = fired.name
        event = fired.event
        dueAt = fired.dueAt
        refused = fired.refusal
    }

    enum CodingKeys: String, CodingKey {
        case subject, deadline, event
        case dueAt = "due_at"
        case refused
    }

}
