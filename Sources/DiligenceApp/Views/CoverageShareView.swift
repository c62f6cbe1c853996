public import DiligenceCore

/// A share of people trained, as training coverage gives it: the counts, the share and its band.
public struct CoverageShareView: Sendable, Hashable, Codable {
    /// People trained within the renewal period.
    public var trained: Int
    /// People in scope.
    public var inScope: Int
    /// The share from 0 to 1 as a decimal text (`"0.75"`); `null` when nobody is in scope.
    @Nullable public var share: String?
    /// The field-monitoring band; `null` when nobody is in scope.
    @Nullable public var band: String?

    /// The view of a share.
    public init(_ share: CoverageShare) {
        trained = share.trained
        inScope = share.inScope
        self.share = share.fraction.map { "\($0)" }
        band = share.band?.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case trained
        case inScope = "in_scope"
        case share, band
    }

}
