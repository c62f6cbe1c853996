public import DiligenceCore
public import DiligenceStore
public import Foundation

/// One read of restricted allegation details, or one refused, as `audit log` lists it.
public struct RestrictedReadView: Sendable, Hashable, Codable {
    /// Whether the details were read or the read refused.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The details were shown.
        case read
        /// The read was refused.
        case refused
    }

    /// Its position in the log.
    public var seq: Int
    /// The case read.
    public var `case`: String
    /// Who read it.
    public var user: String
    /// The role it was read in.
    public var role: String
    /// When.
    public var occurredAt: Date
    /// The restricted fields read (or asked for).
    public var fields: [String]
    /// The command that read them; `null` when not recorded.
    public var command: JSONValue
    /// Read or refused.
    public var outcome: Outcome
    /// Why it was refused (`role`, `not_assigned`, `key`); `null` for a read.
    public var refusal: JSONValue

    /// The view of a `read_restricted` or `read_refused` log row.
    public init(_ event: EventRecord) {
        seq = event.seq
        `case` = event.subject
        user = event.actor.user
        role = event.actor.role
        occurredAt = event.occurredAt
        fields = (event.data["fields"]?.arrayValue ?? []).compactMap(\.stringValue)
        command = event.data["command"] ?? .null
        outcome = event.name == "read_refused" ? .refused : .read
        refusal = event.data["reason"] ?? .null
    }

    enum CodingKeys: String, CodingKey {
        case seq, `case`, user, role
        case occurredAt = "occurred_at"
        case fields, command, outcome, refusal
    }
}
