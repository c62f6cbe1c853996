/// The count-of-met model: every standard met or not met; the number met reaches a threshold
/// that names a capacity level, and must-have standards not met cap that level.
public struct CountOfMetModel: Hashable, Sendable {
    /// The thresholds, from the highest capacity level to the lowest; the lowest starts at 0.
    public var thresholds: [Threshold]
    /// Standards that must be met whatever the count, in file order.
    public var mustHave: [String]
    /// The highest level a partner may have while a must-have standard is not met.
    public var mustHaveCap: CapacityLevel

    /// Creates a model; thresholds are kept from the highest level to the lowest.
    public init(thresholds: [Threshold], mustHave: [String] = [], mustHaveCap: CapacityLevel = .low) {
        self.thresholds = thresholds.sorted { $0.capacity > $1.capacity }
        self.mustHave = mustHave
        self.mustHaveCap = mustHaveCap
    }

    /// The threshold a count of standards met reaches: the highest level whose minimum it meets.
    public func threshold(for count: Int) -> Threshold? {
        thresholds.first { count >= $0.minimumMet }
    }

    /// The least number of standards met for a capacity level.
    public struct Threshold: Hashable, Sendable {
        /// The capacity level reached.
        public var capacity: CapacityLevel
        /// How many standards must be met, at least.
        public var minimumMet: Int
        /// Where the threshold is declared.
        public var location: SourceLocation

        /// Creates a threshold.
        public init(capacity: CapacityLevel, minimumMet: Int, location: SourceLocation) {
            self.capacity = capacity
            self.minimumMet = minimumMet
            self.location = location
        }
    }
}
