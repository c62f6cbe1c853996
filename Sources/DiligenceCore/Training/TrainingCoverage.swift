/// Who of a partner's personnel is trained within the renewal period: per category, overall and
/// over the training policy's scope.
///
/// In each category, named people are counted once (names compared without case and extra
/// spaces), unnamed counts are added, and the total is capped by the category's head count, so
/// coverage never exceeds 100 %. A training counts from its day until its renewal is due.
public struct TrainingCoverage: Hashable, Sendable {
    /// One category's coverage.
    public struct Category: Hashable, Sendable {
        /// The personnel group.
        public var group: PersonnelGroup
        /// Its coverage.
        public var share: CoverageShare
        /// Whether the policy's threshold applies to it.
        public var inPolicyScope: Bool
    }

    /// The day coverage is computed for.
    public var day: LocalDate
    /// Each recorded category, in declaration order.
    public var categories: [Category]
    /// All recorded personnel.
    public var overall: CoverageShare
    /// The personnel the policy's threshold applies to.
    public var policyScope: CoverageShare
    /// Whether the threshold is met: false when no personnel is recorded, true when personnel
    /// is recorded but none is in the policy's scope, else the policy share reaches the threshold.
    public var meetsPolicy: Bool

    /// Computes coverage. One group per category: a later group replaces an earlier one.
    public init(
        personnel: [PersonnelGroup], records: [TrainingRecord], policy: TrainingPolicy, on day: LocalDate
    ) {
        self.day = day
        var groups: [PersonnelCategory: PersonnelGroup] = [:]
        for group in personnel { groups[group.category] = group }
        var names: [PersonnelCategory: Set<String>] = [:]
        var unnamed: [PersonnelCategory: Int] = [:]
        for record in records where policy.counts(trainingOn: record.date, on: day) {
            for (category, attendance) in record.attendance {
                unnamed[category, default: 0] += max(attendance.unnamedCount, 0)
                names[category, default: []].formUnion(attendance.names.map(Attendance.identity))
            }
        }
        categories = groups.keys.sorted().map { category in
            let group = groups[category]!
            let trained = unnamed[category, default: 0] + names[category, default: []].count
            return Category(
                group: group, share: CoverageShare(trained: trained, inScope: group.headCount),
                inPolicyScope: policy.covers(group))
        }
        overall = categories.map(\.share).reduce(CoverageShare(trained: 0, inScope: 0), +)
        policyScope = categories.filter(\.inPolicyScope).map(\.share).reduce(
            CoverageShare(trained: 0, inScope: 0), +)
        meetsPolicy =
            overall.inScope == 0 ? false : policyScope.reaches(policy.coverageThreshold) ?? true
    }

    /// The coverage of one category; `nil` when it is not recorded.
    public func category(_ category: PersonnelCategory) -> Category? {
        categories.first { $0.group.category == category }
    }
}
