import DiligenceCore
public import DiligenceStore

/// The managers' portfolio risk report as one reader may see it: every line and total of the
/// store's report, with the open allegation counts under the small-cell rule unless the reader's
/// role reads every partner's cases.
public struct RiskReport: Sendable {
    /// The report.
    public var risk: PortfolioRisk
    /// Open allegation cases of each partner line, in the lines' order, as shown.
    public var openAllegations: [SmallCount]
    /// Open allegation cases per country, as shown.
    public var openAllegationsByCountry: [String: SmallCount]
    /// Open allegation cases per partner type, as shown.
    public var openAllegationsByType: [String: SmallCount]
    /// Open allegation cases over the report, as shown.
    public var openAllegationsOverall: SmallCount
    /// Whether any count was suppressed.
    public var isSuppressed: Bool {
        openAllegationsOverall.isSuppressed || openAllegations.contains(where: \.isSuppressed)
            || [openAllegationsByCountry, openAllegationsByType].contains {
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
        let counts = lines.map { $0.openAllegations }
        let partnerColumn = SmallCount.column(counts, total: overall)
        openAllegations = exact ? counts.map(SmallCount.init) : partnerColumn.cells
        openAllegationsByCountry = column(risk.byCountry.map(\.key), risk.byCountry.map(\.openAllegations))
        openAllegationsByType = column(risk.byType.map(\.key), risk.byType.map(\.openAllegations))
        let partnerTotal = partnerColumn.total
        let countryTotal = SmallCount.column(risk.byCountry.map(\.openAllegations), total: overall).total
        let typeTotal = SmallCount.column(risk.byType.map(\.openAllegations), total: overall).total
        openAllegationsOverall =
            exact || !(partnerTotal.isSuppressed || countryTotal.isSuppressed || typeTotal.isSuppressed)
            ? SmallCount(overall) : .suppressed
    }
}

extension RiskReport {
    /// The open allegation count of the partner line at `index` as the reader may see it.
    public func open(at index: Int) -> SmallCount {
        openAllegations.indices.contains(index) ? openAllegations[index] : .suppressed
    }
}
