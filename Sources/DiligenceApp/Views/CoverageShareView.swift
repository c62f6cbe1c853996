public import DiligenceCore

/// A share of people trained, as training coverage gives it: the counts, the share and its band.
public struct CoverageShareView: Sendable, Hashable, Codable {
    /// People trained within the renewal period.
    public var trained: Int
    /// People in scope.
    public var inScope: Int
    /// The share from 0 to 1 as a decimal text (`"0.75"`); `null` when nobody is in scope.
    public var share: String?
    /// The field-monitoring band; `null` when nobody is in scope.
    public var band: String?

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

    /// Writes every key, `null` where nobody is in scope.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(trained, forKey: .trained)
        try container.encode(inScope, forKey: .inScope)
        try container.encode(share, forKey: .share)
        try container.encode(band, forKey: .band)
    }
}
