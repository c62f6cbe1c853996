public import DiligenceStore

/// The board report's figures as one reader may see them: the allegation figures under the
/// small-cell rule unless the reader's role reads every partner's cases.
public struct IndicatorsReport: Sendable {
    /// The figures.
    public var indicators: PortfolioIndicators
    /// The allegation figures as shown.
    public var allegations: ShownAllegationFigures

    init(_ indicators: PortfolioIndicators, exact: Bool) {
        self.indicators = indicators
        allegations = ShownAllegationFigures(indicators.allegations, exact: exact)
    }
}

/// ``AllegationFigures`` as shown to one reader: each count exact, or under the small-cell rule.
public struct ShownAllegationFigures: Sendable, Hashable {
    /// Cases received in the period.
    public var received: SmallCount
    /// Of those, reported on time.
    public var reportedOnTime: SmallCount
    /// Of those, assisted with consent.
    public var assistedWithConsent: SmallCount
    /// Cases received in the period by status.
    public var byStatus: [String: SmallCount]
    /// Open cases today.
    public var open: SmallCount
    /// Substantiated cases.
    public var substantiated: SmallCount

    /// Whether any count was suppressed.
    public var isSuppressed: Bool {
        [received, reportedOnTime, assistedWithConsent, open, substantiated].contains(where: \.isSuppressed)
            || byStatus.values.contains(where: \.isSuppressed)
    }

    init(_ figures: AllegationFigures, exact: Bool) {
        guard !exact else {
            received = SmallCount(figures.received)
            reportedOnTime = SmallCount(figures.reportedOnTime)
            assistedWithConsent = SmallCount(figures.assistedWithConsent)
            byStatus = figures.byStatus.mapValues(SmallCount.init)
            open = SmallCount(figures.open)
            substantiated = SmallCount(figures.substantiated)
            return
        }
        // A part of the cases received and the rest of them add up to the cases received: each
        // pair is a column whose total is the cases received.
        func part(_ count: Int) -> (SmallCount, SmallCount) {
            let (cells, total) = SmallCount.column(
                [count, figures.received - count], total: figures.received)
            return (cells[0], total)
        }
        let (onTime, receivedOnTime) = part(figures.reportedOnTime)
        let (assisted, receivedAssisted) = part(figures.assistedWithConsent)
        let statuses = figures.byStatus.keys.sorted()
        let (cells, receivedByStatus) = SmallCount.column(
            statuses.map { figures.byStatus[$0] ?? 0 }, total: figures.received)
        reportedOnTime = onTime
        assistedWithConsent = assisted
        byStatus = Dictionary(uniqueKeysWithValues: zip(statuses, cells))
        received =
            [receivedOnTime, receivedAssisted, receivedByStatus].contains(where: \.isSuppressed)
            ? .suppressed : SmallCount(figures.received)
        open = SmallCount.single(figures.open)
        substantiated = SmallCount.single(figures.substantiated)
    }
}
