public import DiligenceCore

/// A partner's training coverage on a day, as `training coverage` gives it: overall, over the
/// policy's scope and per category, with the policy and the sessions it was counted from.
public struct TrainingCoverageView: Sendable, Hashable, Codable {
    /// One category's coverage: the category's keys and its share's in one object.
    public struct Category: Sendable, Hashable, Codable {
        /// What the category is.
        public struct Group: Sendable, Hashable, Codable {
            /// The personnel category (`staff`, `volunteers`, ...).
            public var category: String
            /// Whether the category works in contact with beneficiaries.
            public var contactWithBeneficiaries: Bool
            /// Whether the policy's threshold applies to it.
            public var inPolicyScope: Bool

            enum CodingKeys: String, CodingKey {
                case category
                case contactWithBeneficiaries = "contact_with_beneficiaries"
                case inPolicyScope = "in_policy_scope"
            }
        }

        /// What the category is.
        public var group: Group
        /// Its share, written beside the group's keys.
        public var share: CoverageShareView

        /// Reads a category: the group's keys and the share's from one object.
        public init(from decoder: any Decoder) throws {
            (group, share) = try MergedKeys.decode(from: decoder)
        }

        /// Writes the group's keys and the share's in one object.
        public func encode(to encoder: any Encoder) throws {
            try MergedKeys.encode(group, share, to: encoder)
        }

        init(_ category: TrainingCoverage.Category) {
            group = Group(
                category: category.group.category.rawValue,
                contactWithBeneficiaries: category.group.inContactWithBeneficiaries,
                inPolicyScope: category.inPolicyScope)
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
