import DiligenceCore
public import DiligenceStore

/// A capacity status (a partner recorded as not assessed or of low capacity instead of rated), as
/// `assessment show CS-0001` and `assessment list` write it.
public struct CapacityStatusView: Sendable, Hashable, Codable {
    /// `capacity_status`: what the record is, beside the assessments of a list.
    public var kind = "capacity_status"
    /// `CS-0001`.
    public var id: String
    /// The partner's id.
    public var partner: String
    /// The status's name.
    public var status: String
    /// Why it was recorded.
    public var reason: String
    /// When it was recorded, as recorded determinations write it.
    public var recordedAt: String
    /// The day an assessment is due by; `null` when none is set.
    @Nullable public var assessBy: String?
    /// Where its workflow stands.
    public var states: [String]
    /// False once a later rating or status superseded it.
    public var current: Bool

    /// The view of a capacity status.
    public init(_ entry: CapacityStatusEntry) {
        id = entry.id
        partner = entry.record.partner
        status = entry.record.status.name
        reason = entry.record.reason
        recordedAt = RecordedDetermination.format(entry.record.at)
        assessBy = entry.record.assessBy?.description
        states = entry.states
        current = !entry.states.contains(CapacityStatusKind.superseded.name)
    }

    enum CodingKeys: String, CodingKey {
        case kind, id, partner, status, reason
        case recordedAt = "recorded_at"
        case assessBy = "assess_by"
        case states, current
    }
}
