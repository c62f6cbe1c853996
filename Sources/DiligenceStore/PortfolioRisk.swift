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

    /// Creates a report, its totals added once.
    public init(today: LocalDate, lines: [PartnerRisk]) {
        self.today = today
        self.lines = lines
        byCountry = RiskTotals.grouped(lines) { $0.partner.country }
        byType = RiskTotals.grouped(lines) { $0.partner.type.rawValue }
        var overall = RiskTotals(key: "all")
        for line in lines { overall.add(line) }
        self.overall = overall
    }
}
