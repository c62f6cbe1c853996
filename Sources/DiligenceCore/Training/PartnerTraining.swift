import Foundation

/// A partner's training record: its personnel in scope by category, its PSEA training sessions,
/// and the training policy it is counted under (pinned: a changed policy file applies from the
/// partner's next training event).
public struct PartnerTraining: Hashable, Sendable {
    /// The partner the record belongs to.
    public var partner: String
    /// The policy coverage is counted under.
    public var policy: TrainingPolicy
    /// One group per recorded category, in declaration order.
    public var personnel: [PersonnelGroup]
    /// The sessions, in the order they were recorded.
    public var trainings: [TrainingRecord]

    /// Creates an empty record.
    public init(partner: String, policy: TrainingPolicy) {
        self.partner = partner
        self.policy = policy
        personnel = []
        trainings = []
    }

    /// The record after a change, counted under `policy` from now on. Personnel replaces the
    /// category's earlier head count; trainings are added.
    public func applying(_ change: TrainingChange, policy: TrainingPolicy) -> PartnerTraining {
        var changed = self
        changed.policy = policy
        switch change {
        case .personnel(let group):
            changed.personnel.removeAll { $0.category == group.category }
            changed.personnel.append(group)
            changed.personnel.sort { $0.category < $1.category }
        case .trainings(let records):
            changed.trainings += records
        }
        return changed
    }

    /// Coverage on `day` under the pinned policy.
    public func coverage(on day: LocalDate) -> TrainingCoverage {
        TrainingCoverage(personnel: personnel, records: trainings, policy: policy, on: day)
    }

    /// Whether the threshold is missed on `day` only because trainings passed their renewal
    /// period: with every training still counting, the threshold would be met.
    public func renewalLapsed(on day: LocalDate) -> Bool {
        guard !coverage(on: day).meetsPolicy else { return false }
        var forever = policy
        forever.renewalPeriod = CalendarDuration(months: 12 * 10_000)
        return TrainingCoverage(personnel: personnel, records: trainings, policy: forever, on: day)
            .meetsPolicy
    }
}

/// A change to a partner's training record, as a training event carries it.
public enum TrainingChange: Hashable, Sendable {
    /// The head count of one personnel category (replacing the earlier one).
    case personnel(PersonnelGroup)
    /// Training sessions to add (one from `training record`, several from an attendance sheet).
    case trainings([TrainingRecord])
}
