public import DiligenceCore

/// The managers' risk report: one line per partner matching the filter, with totals per country
/// and per partner type.
public struct PortfolioRisk: Sendable {
    /// The report's day.
    public var today: LocalDate
    /// The partners, in id order.
    public let lines: [PartnerRisk]
    /// Totals per country, in country order.
    public let byCountry: [RiskTotals]
    /// Totals per partner type, in type order.
    public let byType: [RiskTotals]
    /// Totals over every line.
    public let overall: RiskTotals

    /// Creates a report, its totals added once: each line to the totals of its country and type
    /// together, those added up by country, by type and over all.
    public init(today: LocalDate, lines: [PartnerRisk]) {
        self.today = today
        self.lines = lines
        struct Group: Hashable {
            var country: String
            var type: PartnerType
        }
        var groups: [Group: RiskTotals] = [:]
        for line in lines {
            let group = Group(country: line.partner.country, type: line.partner.type)
            groups[group, default: RiskTotals(key: "")].add(line)
        }
        var byCountry: [String: RiskTotals] = [:]
        var byType: [String: RiskTotals] = [:]
        var overall = RiskTotals(key: "all")
        for (group, totals) in groups {
            byCountry[group.country, default: RiskTotals(key: group.country)].add(totals)
            byType[group.type.rawValue, default: RiskTotals(key: group.type.rawValue)].add(totals)
            overall.add(totals)
        }
        self.byCountry = byCountry.keys.sorted().map { byCountry[$0]! }
        self.byType = byType.keys.sorted().map { byType[$0]! }
        self.overall = overall
    }
}
