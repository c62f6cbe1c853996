public import Foundation

/// One thing waiting on an account: a record (a partner, an assessment) whose next step its role
/// may take, with when it is due.
public struct WorkItem: Sendable, Hashable, Codable {
    /// The record's id (`P-0001`, `A-0003`).
    public var subject: String
    /// What kind of record it is (`partner`, `assessment`).
    public var kind: String
    /// The partner it concerns.
    public var partner: String
    /// The partner's name.
    public var partnerName: String
    /// Where the record stands.
    public var standing: [String]
    /// The events the account's role may send now.
    public var events: [String]
    /// The earliest pending deadline of the record, if any.
    public var dueAt: Date?
    /// Whether that deadline has passed.
    public var isOverdue: Bool
    /// The highest level of the partner's open flags (`red`, `yellow`), if any.
    public var riskLevel: String?
}
