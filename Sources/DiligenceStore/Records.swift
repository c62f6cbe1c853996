public import DiligenceCore
public import Foundation

/// The kinds of organisation that implement programmes.
public enum PartnerType: String, CaseIterable, Sendable, Codable {
    /// Civil-society organisation.
    case cso
    /// National non-governmental organisation.
    case ngo
    /// International non-governmental organisation.
    case ingo
    /// A government body.
    case government
    /// A university or research institute.
    case academic
}

/// A registered implementing partner.
public struct PartnerRecord: Hashable, Sendable {
    /// `P-0001`.
    public var id: String
    /// The organisation's name.
    public var name: String
    /// ISO 3166-1 alpha-2 country code of the programme country.
    public var country: String
    /// The kind of organisation.
    public var type: PartnerType
    /// When it was registered.
    public var registeredAt: Date
}

/// A record's current place in its workflow, read from the snapshot table.
public struct InstanceRecord: Sendable {
    /// The record's id.
    public var subject: String
    /// `partner`, `assessment`, ...
    public var kind: String
    /// The workflow's id.
    public var workflow: String
    /// The definition hash it runs under.
    public var definitionHash: String
    /// Active states, context, version.
    public var snapshot: InstanceSnapshot
    /// When it last changed.
    public var updatedAt: Date
}

/// One row of the event log.
public struct EventRecord: Sendable {
    /// Position in the log (1, 2, ...).
    public var seq: Int
    /// The record it concerns.
    public var subject: String
    /// `start`, `event`, `deadline` or `deadline_dropped`.
    public var kind: String
    /// The event's name.
    public var name: String
    /// Who sent it.
    public var actor: Actor
    /// The data it carried.
    public var data: JSONValue
    /// When it happened.
    public var occurredAt: Date
    /// The definition it ran under.
    public var definitionHash: String
    /// What it did (transitions, states, effects, resulting snapshot).
    public var outcome: JSONValue
    /// The previous row's hash.
    public var previousHash: String
    /// This row's hash.
    public var hash: String
}

/// A deadline row.
public struct DeadlineRecord: Hashable, Sendable {
    /// Row id.
    public var id: Int64
    /// The record it belongs to.
    public var subject: String
    /// The deadline's id in the workflow.
    public var name: String
    /// The event it sends.
    public var event: String
    /// When it falls due.
    public var dueAt: Date
    /// `pending`, `fired`, `cancelled` or `dropped`.
    public var status: String
}

/// A flag row.
public struct FlagRecord: Hashable, Sendable {
    /// Row id.
    public var id: Int64
    /// The record it is on.
    public var subject: String
    /// What it is about.
    public var category: String
    /// Its level.
    public var level: String
    /// Why it was raised.
    public var reason: String
    /// When it was raised.
    public var raisedAt: Date
    /// When it was cleared, if it was.
    public var clearedAt: Date?
}

/// A notification row.
public struct NotificationRecord: Hashable, Sendable {
    /// The record it concerns.
    public var subject: String
    /// Who is to be told.
    public var role: String
    /// What they are told.
    public var message: String
    /// When.
    public var createdAt: Date
}
