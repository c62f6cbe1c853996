import DiligenceCore
import DiligenceStore

extension DiligenceService {
    /// Whether `actor` may read the portfolio report and the board indicators: every role but a
    /// partner's own staff, who see their own partner only.
    public func mayReadPortfolio(_ actor: AuthenticatedActor) -> Bool { !isPartnerRole(actor.role) }

    /// Refuses a partner's staff the portfolio-wide reports.
    func checkPortfolioReader(_ actor: AuthenticatedActor?) throws {
        guard let actor, !mayReadPortfolio(actor) else { return }
        let allowed = (definitions.roleCatalogue?.roles.map(\.id) ?? []).filter { !isPartnerRole($0) }
        throw DiligenceError(
            .notAllowed, field: .actingRole,
            ["role": actor.role, "act": "read_portfolio", "allowed": allowed.joined(separator: ", ")])
    }

    /// The top-level states of the partner lifecycle, in its order: the values of the standing
    /// filter.
    public var portfolioStandings: [String] {
        guard let lifecycle = definitions.workflow(forSubject: PartnerKind.kind.subject),
            let root = lifecycle.states.first
        else { return [] }
        return root.children.map { lifecycle.states[$0].id }
    }

    /// The managers' portfolio report for `actor`, of the partners matching `filter` (a value that
    /// is not one is refused as ``DiligenceError/Code/invalidValue`` on its field, with the values
    /// it may take). A partner's staff are refused (``DiligenceError/Code/notAllowed``). The
    /// allegation counts are exact for a role that reads every partner's cases, under the
    /// small-cell rule for another role that reads allegation data, and left out for a role
    /// that reads none. Made once per log head, day, filter and way of counting allegations.
    public func portfolioReport(_ filter: PortfolioFilter = PortfolioFilter(), by actor: AuthenticatedActor)
        async throws -> PortfolioReport
    {
        try checkPortfolioReader(actor)
        let states = portfolioStandings
        let checked = try CheckedPortfolioFilter(filter, states: states)
        let counts: AllegationCounts =
            definitions.confidentiality.classes(readBy: actor.role).isEmpty
            ? .hidden : readsEveryCase(actor) ? .exact : .smallCells
        let head = try logHead()
        let today = LocalDate(clock())
        let shown = PortfolioFilter(
            country: checked.country, type: checked.type?.rawValue, standing: checked.standing)
        let key = "portfolio-report|\(today)|\(shown.key)|\(counts.rawValue)"
        return try viewCache.view(key, head: head) {
            let base = try portfolioBase(head: head, today: today)
            var report: PortfolioReport
            let statuses = counts == .hidden ? [] : base.cases.map(\.status)
            if checked == CheckedPortfolioFilter() {
                // Every partner: the base report as it is, its totals added already.
                report = PortfolioReport(
                    filter: shown, risk: base.risk, standings: base.standings, states: states,
                    cases: statuses,
                    allegations: counts)
            } else {
                var lines: [PartnerRisk] = []
                var standings: [String] = []
                for (line, standing) in zip(base.risk.lines, base.standings)
                where (checked.country.map { $0 == line.partner.country } ?? true)
                    && (checked.type.map { $0 == line.partner.type } ?? true)
                    && (checked.standing.map { $0 == standing } ?? true)
                {
                    lines.append(line)
                    standings.append(standing)
                }
                let partners = Set(lines.map(\.partner.id))
                let cases =
                    counts == .hidden ? [] : base.cases.filter { partners.contains($0.partner) }.map(\.status)
                report = PortfolioReport(
                    filter: shown, today: today, lines: lines, standings: standings, states: states,
                    cases: cases, allegations: counts)
            }
            report.viewKey = "\(head)|\(key)"
            return report
        }
    }

    /// Every partner's risk line and top-level state, and every case's partner and status, at
    /// the log's `head` on `today`: the one pass over the portfolio the reports are cut from.
    private func portfolioBase(head: Int, today: LocalDate) throws -> PortfolioBase {
        try viewCache.view("portfolio-risk:\(today)", head: head) {
            let risk = try store.portfolioRisk(now: clock(), definitions: definitions)
            // A portfolio has few distinct standings: each cut to its top-level state once.
            var topLevel: [[String]: String] = [:]
            let standings = risk.lines.map { line in
                topLevel.memo(line.standing ?? line.activeStates ?? []) { states in
                    states.first.map { String($0.split(separator: "/").first ?? Substring($0)) } ?? ""
                }
            }
            let cases = try store.allegationCases().map { (partner: $0.record.partner, status: $0.status) }
            return PortfolioBase(risk: risk, standings: standings, cases: cases)
        }
    }
}

/// The portfolio as the reports read it: every risk line with its top-level state, every case's
/// partner and status.
struct PortfolioBase: Sendable {
    var risk: PortfolioRisk
    var standings: [String]
    var cases: [(partner: String, status: String)]
}
