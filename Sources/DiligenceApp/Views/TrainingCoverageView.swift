public import DiligenceCore

/// A partner's training coverage on a day, as `training coverage` gives it: overall, over the
/// policy's scope and per category, with the policy and the sessions it was counted from.
public struct TrainingCoverageView: Sendable, Hashable, Codable {
    /// One category's coverage.
    public struct Category: Sendable, Hashable, Codable {
        /// The personnel category (`staff`, `volunteers`, ...).
        public var category: String
        /// Whether the category works in contact with beneficiaries.
        public var contactWithBeneficiaries: Bool
        /// Whether the policy's threshold applies to it.
        public var inPolicyScope: Bool
        /// Its share, written beside the category's own keys.
        public var share: CoverageShareView

        enum CodingKeys: String, CodingKey {
            case category
            case contactWithBeneficiaries = "contact_with_beneficiaries"
            case inPolicyScope = "in_policy_scope"
        }

        /// Reads a category: its own keys and the share's in one object.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            category = try container.decode(String.self, forKey: .category)
            contactWithBeneficiaries = try container.decode(Bool.self, forKey: .contactWithBeneficiaries)
            inPolicyScope = try container.decode(Bool.self, forKey: .inPolicyScope)
            share = try CoverageShareView(from: decoder)
        }

        /// Writes the category's keys and the share's in one object.
        public func encode(to encoder: any Encoder) throws {
            try share.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(category, forKey: .category)
            try container.encode(contactWithBeneficiaries, forKey: .contactWithBeneficiaries)
            try container.encode(inPolicyScope, forKey: .inPolicyScope)
        }

        init(_ category: TrainingCoverage.Category) {
            self.category = category.group.category.rawValue
            contactWithBeneficiaries = category.group.inContactWithBeneficiaries
            inPolicyScope = category.inPolicyScope
            share = CoverageShareView(category.share)
        }
    }

    /// The partner.
    public var partner: String
    /// The training record's id.
    public var trainingRecord: String
    /// The day counted for, `YYYY-MM-DD`.
    public var day: String
    /// All recorded personnel.
    public var overall: CoverageShareView
    /// The personnel the policy's threshold applies to.
    public var policyScope: CoverageShareView
    /// Whether the threshold is met.
    public var meetsPolicy: Bool
    /// Each recorded category.
    public var categories: [Category]
    /// The policy coverage is counted under.
    public var policy: JSONValue
    /// The sessions recorded.
    public var trainings: [JSONValue]

    /// The view of a record's coverage on a day.
    public init(_ coverage: TrainingCoverage, record: PartnerTraining, id: String) {
        partner = record.partner
        trainingRecord = id
        day = coverage.day.description
        overall = CoverageShareView(coverage.overall)
        policyScope = CoverageShareView(coverage.policyScope)
        meetsPolicy = coverage.meetsPolicy
        categories = coverage.categories.map(Category.init)
        policy = record.policy.json
        trainings = record.trainings.map(\.json)
    }

    enum CodingKeys: String, CodingKey {
        case partner
        case trainingRecord = "training_record"
        case day, overall
        case policyScope = "policy_scope"
        case meetsPolicy = "meets_policy"
        case categories, policy, trainings
    }
}
