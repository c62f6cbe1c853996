/// A partner's PSEA capacity as the UN determines it: full, medium, low or none.
///
/// Levels are ordered from none (lowest) to full (highest); each has an inverse risk label.
public enum CapacityLevel: String, CaseIterable, Comparable, Sendable, Codable {
    /// No capacity: treated as high risk.
    case none
    /// Low capacity: high risk.
    case low
    /// Medium capacity: moderate risk.
    case medium
    /// Full capacity: low risk.
    case full

    /// The inverse risk label: full is low risk, medium moderate, low and none high.
    public var risk: RiskLabel {
        switch self {
        case .full: .low
        case .medium: .moderate
        case .low, .none: .high
        }
    }

    /// How people say it: "full capacity", "no capacity".
    public var phrase: String { self == .none ? "no capacity" : "\(rawValue) capacity" }

    /// Orders levels from none to full.
    public static func < (lhs: CapacityLevel, rhs: CapacityLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
