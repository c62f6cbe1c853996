public import DiligenceCore
public import DiligenceStore
public import Foundation

/// One row of the event log as `history` and `audit log` give it: the event, who sent it, what it
/// did (transitions, states entered and left, effects) and its place in the hash chain.
public struct LogEventView: Sendable, Hashable, Codable {
    /// Its position in the log.
    public var seq: Int
    /// The record it concerns; written in the whole log's listing only (a record's history
    /// leaves it out).
    public var subject: String?
    /// `start`, `event`, `deadline`, `deadline_dropped`, ...
    public var kind: String
    /// The event's name.
    public var event: String
    /// The account that sent it.
    public var actor: String
    /// The role it was sent in.
    public var role: String
    /// The data it carried.
    public var data: JSONValue
    /// When it happened.
    public var occurredAt: Date
    /// The definition it ran under.
    public var definitionHash: String
    /// The transitions taken.
    public var transitions: JSONValue
    /// The states entered.
    public var entered: JSONValue
    /// The states left.
    public var exited: JSONValue
    /// The effects of the step.
    public var effects: JSONValue
    /// The row's hash.
    public var hash: String

    /// The view of a log row; with `subject`, the row names its record.
    public init(_ event: EventRecord, subject: Bool = false) {
        seq = event.seq
        self.subject = subject ? event.subject : nil
        kind = event.kind
        self.event = event.name
        actor = event.actor.user
        role = event.actor.role
        data = event.data
        occurredAt = event.occurredAt
        definitionHash = event.definitionHash
        transitions = event.outcome["transitions"] ?? .array([])
        entered = event.outcome["entered"] ?? .array([])
        exited = event.outcome["exited"] ?? .array([])
        effects = event.outcome["effects"] ?? .array([])
        hash = event.hash
    }

    enum CodingKeys: String, CodingKey {
        case seq, subject, kind, event, actor, role, data
        case occurredAt = "occurred_at"
        case definitionHash = "definition_hash"
        case transitions, entered, exited, effects, hash
    }
}
