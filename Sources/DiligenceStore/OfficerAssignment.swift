public import Foundation

/// A user assigned to follow a partner (a programme officer, usually): logged as an event of
/// kind `assignment` on the partner, and kept in the `partner_officer` table while it lasts.
public struct OfficerAssignment: Sendable, Equatable {
    /// The partner's id.
    public var partner: String
    /// The assigned user, as they give it with `--as`.
    public var officer: String
    /// When the assignment was made.
    public var assignedAt: Date
    /// The log row that made it.
    public var assignedSeq: Int
}
