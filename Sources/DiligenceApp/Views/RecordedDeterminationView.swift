public import DiligenceCore

/// A determination of capacity as an assessment recorded it, as `assessment show` and `assessment
/// list` write it: the level, the score, when, and the end of the period it opened.
public struct RecordedDeterminationView: Sendable, Hashable, Codable {
    /// The capacity level determined (`full`, `medium`, ...).
    public var capacity: String
    /// The scoring model's figure.
    public var score: Int
    /// When it was recorded (`2026-03-01T09:30:00Z`), and the day.
    public var at: String, on: String
    /// The day the plan is due (preliminary) or the first day it is no longer valid (final).
    public var periodEndsOn: String

    /// The view of a recorded determination.
    public init(_ determination: RecordedDetermination) {
        capacity = determination.capacity.rawValue
        score = determination.score
        at = RecordedDetermination.format(determination.at)
        on = determination.on.description
        periodEndsOn = determination.periodEndsOn.description
    }

    enum CodingKeys: String, CodingKey {
        case capacity, score, at, on
        case periodEndsOn = "period_ends_on"
    }
}
