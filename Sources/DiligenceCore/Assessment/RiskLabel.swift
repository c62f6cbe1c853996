/// The PSEA risk a partner's capacity stands for: the inverse of its ``CapacityLevel``.
public enum RiskLabel: String, CaseIterable, Comparable, Sendable, Codable {
    /// Full capacity.
    case low
    /// Medium capacity.
    case moderate
    /// Low or no capacity, or low capacity assumed in an emergency.
    case high

    /// How people say it: "low risk".
    public var phrase: String { "\(rawValue) risk" }

    /// Orders labels from low to high risk.
    public static func < (lhs: RiskLabel, rhs: RiskLabel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
