/// The field-monitoring band of a coverage share: none, 1-25 %, 26-50 %, 51-75 %, 76-100 %.
///
/// Bands are chosen on the exact share, with each upper edge inclusive: 0 is `none`; above 0 up
/// to and including 25 % is `1-25`; above 25 % up to 50 % is `26-50` (so 25.4 % is `26-50`);
/// above 50 % up to 75 % is `51-75`; above 75 % is `76-100`. Nobody trained is `none`, anybody
/// trained is at least `1-25` (0.4 % is `1-25`).
public enum CoverageBand: String, CaseIterable, Sendable, Codable {
    /// Nobody trained.
    case none
    /// More than 0 up to 25 %.
    case upTo25 = "1-25"
    /// More than 25 % up to 50 %.
    case upTo50 = "26-50"
    /// More than 50 % up to 75 %.
    case upTo75 = "51-75"
    /// More than 75 % up to 100 %.
    case upTo100 = "76-100"

    /// The band of `trained` out of `inScope` people; `nil` when nobody is in scope.
    /// `trained` is taken between 0 and `inScope`.
    public init?(trained: Int, inScope: Int) {
        guard inScope > 0 else { return nil }
        let percent = min(max(trained, 0), inScope) * 100
        switch percent {
        case 0: self = .none
        case ...(25 * inScope): self = .upTo25
        case ...(50 * inScope): self = .upTo50
        case ...(75 * inScope): self = .upTo75
        default: self = .upTo100
        }
    }

    /// How reports write it: `none`, `1-25 %`.
    public var label: String { self == .none ? "none" : rawValue + " %" }
}
