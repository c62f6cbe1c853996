/// Where a partner stands on PSEA capacity: a determined level, or one of the statuses that
/// stand in for a rating when no assessment was (or need be) made.
public enum CapacityStanding: Hashable, Sendable {
    /// A capacity level determined by an assessment.
    case rated(CapacityLevel)
    /// No assessment has been made yet (`not_assessed`).
    case notAssessed
    /// Engaged in an emergency before any assessment (`low_capacity_assumed_emergency`): treated
    /// as high risk, and an assessment is due within the questionnaire's emergency period.
    case lowCapacityAssumedEmergency
    /// The partner has no contact with beneficiaries (`no_contact_with_beneficiaries`): no
    /// assessment is required.
    case noContactWithBeneficiaries

    /// The names of the statuses that are not a rating, as data files and commands write them.
    public static let statusNames = [
        "not_assessed", "low_capacity_assumed_emergency", "no_contact_with_beneficiaries",
    ]

    /// The standing for a level name (`full`) or a status name (`not_assessed`); `nil` otherwise.
    public init?(name: String) {
        if let level = CapacityLevel(rawValue: name) {
            self = .rated(level)
            return
        }
        switch name {
        case "not_assessed": self = .notAssessed
        case "low_capacity_assumed_emergency": self = .lowCapacityAssumedEmergency
        case "no_contact_with_beneficiaries": self = .noContactWithBeneficiaries
        default: return nil
        }
    }

    /// The level or status name, as data files write it.
    public var name: String {
        switch self {
        case .rated(let level): level.rawValue
        case .notAssessed: "not_assessed"
        case .lowCapacityAssumedEmergency: "low_capacity_assumed_emergency"
        case .noContactWithBeneficiaries: "no_contact_with_beneficiaries"
        }
    }

    /// The risk it stands for; `nil` when unknown (not assessed) or not relevant (no contact: no
    /// assessment is required, so no risk is claimed, where eTools assumes low risk; the lifecycle
    /// still lets such a partner be engaged).
    public var risk: RiskLabel? {
        switch self {
        case .rated(let level): level.risk
        case .lowCapacityAssumedEmergency: .high
        case .notAssessed, .noContactWithBeneficiaries: nil
        }
    }

    /// Whether the partner still needs an assessment.
    public var requiresAssessment: Bool {
        switch self {
        case .rated, .noContactWithBeneficiaries: false
        case .notAssessed, .lowCapacityAssumedEmergency: true
        }
    }
}
