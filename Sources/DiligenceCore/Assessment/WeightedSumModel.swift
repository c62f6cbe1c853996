/// The weighted-sum model: every standard rated on one scale, the levels' weights added up, the
/// sum mapped to a band. Computed only when every standard is rated.
public struct WeightedSumModel: Hashable, Sendable {
    /// The id of the scale every standard is rated on.
    public var scale: String
    /// The bands, in file order; together they cover every possible sum exactly once.
    public var bands: [Band]

    /// Creates a model.
    public init(scale: String, bands: [Band]) {
        self.scale = scale
        self.bands = bands
    }

    /// The band a sum falls in, if any.
    public func band(for sum: Int) -> Band? { bands.first { $0.sums.contains(sum) } }

    /// A range of sums and the capacity level it stands for.
    public struct Band: Hashable, Sendable {
        /// The sums in the band, both ends included.
        public var sums: ClosedRange<Int>
        /// The capacity level of a sum in the band.
        public var capacity: CapacityLevel
        /// Where the band is declared.
        public var location: SourceLocation

        /// Creates a band.
        public init(sums: ClosedRange<Int>, capacity: CapacityLevel, location: SourceLocation) {
            self.sums = sums
            self.capacity = capacity
            self.location = location
        }
    }
}
