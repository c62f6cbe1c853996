public import DiligenceCore
public import DiligenceStore
public import Foundation

/// One event of a flag's history, as `flag show` lists it.
public struct FlagEventView: Sendable, Hashable, Codable {
    /// Its position in the log.
    public var seq: Int
    /// The event's name (`escalate`, ...).
    public var event: String
    /// `start`, `event`, `deadline` or `deadline_dropped`.
    public var kind: String
    /// Who sent it.
    public var user: String
    /// The role it was sent in.
    public var role: String
    /// When it happened.
    public var at: Date
    /// The data it carried.
    public var data: JSONValue

    /// The view of a log row.
    public init(_ event: EventRecord) {
        seq = event.seq
        self.event = event.name
        kind = event.kind
        user = event.actor.user
        role = event.actor.role
        at = event.occurredAt
        data = event.data
    }
}
