/// The board report's allegation figures: cases received in the period, reported by the
/// partner on time, whose victims/survivors were assisted with their consent, and cases by
/// status; open and substantiated cases from the partners' facts. Counts only: no detail of any
/// case. With no allegation records in the database every figure is zero.
public struct AllegationFigures: Hashable, Sendable {
    /// Cases received in the period.
    public var received = 0
    /// Of those, cases the partner reported within the reporting deadline.
    public var reportedOnTime = 0
    /// Of those, cases where assistance was provided with the victim/survivor's consent.
    public var assistedWithConsent = 0
    /// Cases received in the period, by their current status.
    public var byStatus: [String: Int] = [:]
    /// Open cases today, over the partners in the report (from the `open_allegations` fact).
    public var open = 0
    /// Substantiated cases, over the partners in the report (`substantiated_allegations`).
    public var substantiated = 0

    /// Creates figures that are all zero.
    public init() {}
}
