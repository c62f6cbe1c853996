public import DiligenceCore

/// The managers' risk report: one line per partner matching the filter, with totals per country
/// and per partner type.
public struct PortfolioRisk: Sendable {
    /// The report's day.
    public var today: LocalDate
    /// The partners, in id order.
    public var lines: [PartnerRisk]

    /// Creates a report.
    public init(today: LocalDate, lines: [PartnerRisk]) {
        self.today = today
        self.lines = lines
    }

    /// Totals per country, in country order.
    public var byCountry: [RiskTotals] { RiskTotals.grouped(lines) { $0.partner.country } }

    /// Totals per partner type, in type order.
    public var byType: [RiskTotals] { RiskTotals.grouped(lines) { $0.partner.type.rawValue } }

    /// Totals over every line.
    public var overall: RiskTotals {
        var totals = RiskTotals(key: "all")
        for line in lines { totals.add(line) }
        return totals
    }
}
