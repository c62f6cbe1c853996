import DiligenceCore
import DiligenceStore

/// The filters of the portfolio report, as a URL or a command gives them: each one checked by
/// ``DiligenceService/portfolioReport(_:by:)``, which refuses a value that is not one.
public struct PortfolioFilter: Sendable, Hashable {
    /// Only partners of this country (a two-letter code, any case).
    public var country: String?
    /// Only partners of this kind (`ngo`, `cso`...).
    public var type: String?
    /// Only partners whose lifecycle stands in this top-level state (`engagement`, `suspended`...).
    public var standing: String?

    /// A filter; every partner by default.
    public init(country: String? = nil, type: String? = nil, standing: String? = nil) {
        self.country = country
        self.type = type
        self.standing = standing
    }

    /// Whether no filter is set.
    public var isEmpty: Bool { country == nil && type == nil && standing == nil }

    /// The filter's values as a key of the views made from it (each part carries its length).
    var key: String {
        [country, type, standing].map { $0.map { "\($0.utf8.count):\($0)" } ?? "-" }.joined(separator: "|")
    }
}

/// A portfolio filter checked: the country upper-cased, the type a kind of partner, the standing
/// one of the partner lifecycle's top-level states.
struct CheckedPortfolioFilter: Sendable, Hashable {
    var country: String?
    var type: PartnerType?
    var standing: String?

    /// No filter: every partner.
    init() {}

    /// The filter checked against the top-level `states` of the partner lifecycle: a value that
    /// is not one is refused as ``DiligenceError/Code/invalidValue`` on its field, with the values
    /// it may take.
    init(_ filter: PortfolioFilter, states: [String]) throws {
        if let text = filter.country {
            let letters = text.unicodeScalars
            guard letters.count == 2,
                letters.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) })
            else {
                throw DiligenceError(.invalidValue, field: .country, ["value": text])
            }
            country = text.uppercased()
        }
        if let text = filter.type {
            guard let type = PartnerType(rawValue: text.lowercased()) else {
                let types = PartnerType.allCases.map(\.rawValue)
                var values = ["value": text, "known": types.joined(separator: ", ")]
                values["suggestion"] = Suggestion.closest(to: text.lowercased(), among: types)
                throw DiligenceError(.invalidValue, field: .partnerType, values)
            }
            self.type = type
        }
        if let text = filter.standing {
            guard states.contains(text) else {
                var values = ["value": text, "known": states.joined(separator: ", ")]
                values["suggestion"] = Suggestion.closest(to: text, among: states)
                throw DiligenceError(.invalidValue, field: .recordState, values)
            }
            standing = text
        }
    }
}
