import DiligenceCore
import DiligenceStore

/// How a reader may see the allegation counts of the portfolio report.
enum AllegationCounts: String, Sendable {
    /// Exactly: the role reads every partner's cases.
    case exact
    /// Under the small-cell rule.
    case smallCells
    /// Not at all: the role reads no allegation data.
    case hidden
}

extension PortfolioReport {
    /// The report of the risk `lines` (already filtered) on `today`: `standings` gives each
    /// line's top-level lifecycle state, `states` those states in the lifecycle's order, `cases`
    /// the status of every case of the lines' partners.
    init(
        filter: PortfolioFilter, today: LocalDate, lines: [PartnerRisk], standings: [String],
        states: [String], cases: [String], allegations: AllegationCounts
    ) {
        self.init(
            filter: filter, risk: PortfolioRisk(today: today, lines: lines), standings: standings,
            states: states, cases: cases, allegations: allegations)
    }

    /// The report of `risk` (its lines already filtered, its totals added).
    init(
        filter: PortfolioFilter, risk: PortfolioRisk, standings: [String], states: [String], cases: [String],
        allegations: AllegationCounts
    ) {
        let (today, lines) = (risk.today, risk.lines)
        self.filter = filter
        self.today = today
        partners = lines.count
        var tables = [
            Self.counted("standing", rowName: "standing", keys: states, of: standings),
            Self.counted(
                "capacity", rowName: "capacity", keys: PartnerFact.capacityNames,
                of: lines.map { $0.capacity.name }),
            Self.counted(
                "risk", rowName: "highest_open_flag",
                keys: FlagLevel.allCases.reversed().map(\.rawValue) + ["none"],
                of: lines.map { line in
                    FlagLevel.allCases.last { line.openFlags($0) > 0 }?.rawValue ?? "none"
                }),
            Self.grouped("country", totals: risk.byCountry, overall: risk.overall),
            Self.grouped("type", totals: risk.byType, overall: risk.overall),
            ReportTable(
                id: "flags", rowName: "level", columns: ["open_flags"],
                rows: FlagLevel.allCases.map {
                    ReportTable.Row(key: $0.rawValue, cells: [SmallCount(risk.overall.openFlags[$0] ?? 0)])
                },
                totals: [SmallCount(risk.overall.openFlags.values.reduce(0, +))]),
            Self.counted(
                "training", rowName: "band", keys: CoverageBand.allCases.map(\.rawValue) + ["not_recorded"],
                of: lines.map { $0.trainingBand?.rawValue ?? "not_recorded" }),
        ]
        showsAllegations = allegations != .hidden
        isSuppressed = false
        if allegations != .hidden {
            let table = Self.allegations(cases, exact: allegations == .exact)
            isSuppressed =
                (table.totals ?? []).contains(where: \.isSuppressed)
                || table.rows.contains { $0.cells.contains(where: \.isSuppressed) }
            tables.append(table)
        }
        self.tables = tables
        let window = today.daysSinceEpoch + Self.expiryWindowDays
        expiring = lines.compactMap { line in
            guard line.isAssessed, let end = line.facts.assessmentExpiresOn, end.daysSinceEpoch <= window
            else { return nil }
            return ExpiringAssessment(
                partner: line.partner.id, name: line.partner.name, country: line.partner.country,
                type: line.partner.type.rawValue, expiresOn: end,
                daysLeft: end.daysSinceEpoch - today.daysSinceEpoch)
        }.sorted { ($0.expiresOn, $0.partner) < ($1.expiresOn, $1.partner) }
        overduePlans = lines.compactMap { line in
            guard line.facts.planOverdue == true || (line.facts.planItemsOverdue ?? 0) > 0 else { return nil }
            return OverduePlan(
                partner: line.partner.id, name: line.partner.name, country: line.partner.country,
                type: line.partner.type.rawValue, itemsOverdue: line.facts.planItemsOverdue)
        }.sorted { ($1.itemsOverdue ?? 0, $0.partner) < ($0.itemsOverdue ?? 0, $1.partner) }
    }

    /// Partners counted by a key: a row per key of `keys` (in their order; a key found beyond
    /// them follows, sorted), with a total.
    static func counted(_ id: String, rowName: String, keys: [String], of values: [String]) -> ReportTable {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        let order = keys + counts.keys.filter { !keys.contains($0) }.sorted()
        return ReportTable(
            id: id, rowName: rowName, columns: ["partners"],
            rows: order.map { ReportTable.Row(key: $0, cells: [SmallCount(counts[$0] ?? 0)]) },
            totals: [SmallCount(values.count)])
    }

    /// The columns of the tables by country and by type.
    static let groupColumns = ["partners", "assessed", "locked", "open_flags", "training_short"]

    /// The risk totals of each group (a country, a kind of partner), with the overall total.
    static func grouped(_ id: String, totals: [RiskTotals], overall: RiskTotals) -> ReportTable {
        func cells(_ group: RiskTotals) -> [SmallCount] {
            [
                group.partners, group.assessed, group.locked, group.openFlags.values.reduce(0, +),
                group.trainingShort,
            ].map(SmallCount.init)
        }
        return ReportTable(
            id: id, rowName: id, columns: groupColumns,
            rows: totals.map { ReportTable.Row(key: $0.key, cells: cells($0)) }, totals: cells(overall))
    }

    /// Cases by status: exact, or one column under the small-cell rule (a lone small count hides
    /// the next smallest too, or the total, so that the total cannot give it back).
    static func allegations(_ statuses: [String], exact: Bool) -> ReportTable {
        var counts: [String: Int] = [:]
        for status in statuses { counts[status, default: 0] += 1 }
        let keys = counts.keys.sorted()
        let values = keys.map { counts[$0] ?? 0 }
        let (cells, total) =
            exact
            ? (values.map(SmallCount.init), SmallCount(statuses.count))
            : SmallCount.column(values, total: statuses.count)
        return ReportTable(
            id: "allegations", rowName: "status", columns: ["cases"],
            rows: zip(keys, cells).map { ReportTable.Row(key: $0, cells: [$1]) }, totals: [total])
    }
}
