/// A risk flag's place on the severity ladder: observation < yellow < escalated < red.
public enum FlagLevel: String, CaseIterable, Comparable, Sendable, Codable {
    /// Worth noting, not risk related.
    case observation
    /// A risk flag held by the country office.
    case yellow
    /// A yellow flag sent to headquarters for a decision.
    case escalated
    /// Confirmed by headquarters: the partner is locked until it is resolved.
    case red

    /// Orders levels by severity.
    public static func < (lhs: FlagLevel, rhs: FlagLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
