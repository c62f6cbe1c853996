public import Foundation

/// People trained within the renewal period out of people in scope, never above 100 %.
public struct CoverageShare: Hashable, Sendable {
    /// People trained within the renewal period (at most ``inScope``).
    public var trained: Int
    /// People in scope.
    public var inScope: Int

    /// Creates a share; `trained` is capped at `inScope`.
    public init(trained: Int, inScope: Int) {
        self.inScope = max(inScope, 0)
        self.trained = min(max(trained, 0), self.inScope)
    }

    /// The share from 0 to 1; `nil` when nobody is in scope.
    public var fraction: Decimal? {
        inScope > 0 ? Decimal(trained) / Decimal(inScope) : nil
    }

    /// The field-monitoring band; `nil` when nobody is in scope.
    public var band: CoverageBand? { CoverageBand(trained: trained, inScope: inScope) }

    /// Whether the share is at or above `threshold` (0 to 1), compared exactly; `nil` when nobody
    /// is in scope.
    public func reaches(_ threshold: Decimal) -> Bool? {
        inScope > 0 ? Decimal(trained) >= threshold * Decimal(inScope) : nil
    }

    /// Adds two shares.
    public static func + (lhs: CoverageShare, rhs: CoverageShare) -> CoverageShare {
        CoverageShare(trained: lhs.trained + rhs.trained, inScope: lhs.inScope + rhs.inScope)
    }
}
