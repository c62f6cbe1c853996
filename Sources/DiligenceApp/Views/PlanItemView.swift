public import DiligenceCore

/// An action of an assessment's capacity-strengthening plan, as `assessment show` writes it: due
/// when, whether it is overdue on the day shown, and its completion when it is done.
public struct PlanItemView: Sendable, Hashable, Codable {
    /// `1`, `2`, ... in the order added.
    public var id: String
    /// What is to be done, and who does it.
    public var action: String, owner: String
    /// The day it is due.
    public var due: String
    /// Whether it is open past its day.
    public var overdue: Bool
    /// The day it was completed, once it is.
    public var completedOn: String?
    /// The evidence of completion, once given.
    public var evidence: String?
    /// Whether the item-overdue event was sent for it.
    public var overdueReported: Bool

    /// The view of an item on `today`.
    public init(_ item: PlanItem, today: LocalDate) {
        id = item.id
        action = item.action
        owner = item.owner
        due = item.due.description
        overdue = item.isOpen && item.due < today
        completedOn = item.completedOn?.description
        evidence = item.evidence
        overdueReported = item.overdueReported
    }

    enum CodingKeys: String, CodingKey {
        case id, action, owner, due, overdue
        case completedOn = "completed_on"
        case evidence
        case overdueReported = "overdue_reported"
    }
}
