public import DiligenceStore
public import Foundation

/// A flag a lifecycle itself raised (an effect of a transition), as `partner show` lists it.
public struct WorkflowFlagView: Sendable, Hashable, Codable {
    /// The row id.
    public var id: Int
    /// What it is about.
    public var category: String
    /// Its level.
    public var level: String
    /// Why it was raised.
    public var reason: String
    /// When it was raised.
    public var raisedAt: Date
    /// When it was cleared; `null` while it stands.
    @Nullable public var clearedAt: Date?

    /// The view of a lifecycle's flag.
    public init(_ flag: FlagRecord) {
        id = Int(flag.id)
        category = flag.category
        level = flag.level
        reason = flag.reason
        raisedAt = flag.raisedAt
        clearedAt = flag.clearedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, category, level, reason
        case raisedAt = "raised_at"
        case clearedAt = "cleared_at"
    }

}
