import DiligenceCore
public import DiligenceStore

/// The managers' portfolio risk report as one reader may see it: every line and total of the
/// store's report, with the open allegation counts under the small-cell rule unless the reader's
/// role reads every partner's cases.
public struct RiskReport: Sendable {
    /// The report.
    public var risk: PortfolioRisk
    /// Open allegation cases per partner id, as shown.
    public var openAllegations: [String: SmallCount]
    /// Open allegation cases per country, as shown.
    public var openAllegationsByCountry: [String: SmallCount]
    /// Open allegation cases per partner type, as shown.
    public var openAllegationsByType: [String: SmallCount]
    /// Open allegation cases over the report, as shown.
    public var openAllegationsOverall: SmallCount
    /// Whether any count was suppressed.
    public var isSuppressed: Bool {
        openAllegationsOverall.isSuppressed
            || [openAllegations, openAllegationsByCountry, openAllegationsByType].contains {
                $0.values.contains(where: \.isSuppressed)
            }
    }

    /// The report with exact counts (`exact`) or under the small-cell rule.
    init(_ risk: PortfolioRisk, exact: Bool) {
        self.risk = risk
        let lines = risk.lines
        let overall = risk.overall.openAllegations
        func column(_ keys: [String], _ counts: [Int]) -> [String: SmallCount] {
            let cells =
                exact ? counts.map(SmallCount.init) : SmallCount.column(counts, total: overall).cells
            return Dictionary(uniqueKeysWithValues: zip(keys, cells))
        }
        openAllegations = column(lines.map { $0.partner.id }, lines.map { $0.openAllegations })
        openAllegationsByCountry = column(risk.byCountry.map(\.key), risk.byCountry.map(\.openAllegations))
        openAllegationsByType = column(risk.byType.map(\.key), risk.byType.map(\.openAllegations))
        let partnerTotal = SmallCount.column(lines.map { $0.openAllegations }, total: overall).total
        let countryTotal = SmallCount.column(risk.byCountry.map(\.openAllegations), total: overall).total
        let typeTotal = SmallCount.column(risk.byType.map(\.openAllegations), total: overall).total
        openAllegationsOverall =
            exact || !(partnerTotal.isSuppressed || countryTotal.isSuppressed || typeTotal.isSuppressed)
            ? SmallCount(overall) : .suppressed
    }
}

extension RiskReport {
    /// A partner line's open allegation count as the reader may see it.
    public func open(_ line: PartnerRisk) -> SmallCount { openAllegations[line.partner.id] ?? .suppressed }
}
