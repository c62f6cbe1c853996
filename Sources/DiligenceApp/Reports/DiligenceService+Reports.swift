import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// The portfolio risk report (of one country, of one partner type) for `actor` (`nil` for an
    /// operator reading without an account). Open allegation counts are exact only for a role
    /// that reads every partner's cases; for every other reader they follow the small-cell rule
    /// (``SmallCount``), so no figure singles out a case. A partner's staff are refused.
    public func portfolioRisk(
        country: String? = nil, type: PartnerType? = nil, by actor: AuthenticatedActor?
    ) async throws -> RiskReport {
        try checkPortfolioReader(actor)
        let risk = try store.portfolioRisk(
            country: country, type: type, now: clock(), definitions: definitions)
        return RiskReport(risk, exact: readsEveryCase(actor))
    }

    /// Whether `actor`'s role reads the case fields of every partner's cases.
    func readsEveryCase(_ actor: AuthenticatedActor?) -> Bool {
        guard let actor else { return false }
        let confidentiality = definitions.confidentiality
        return confidentiality.role(actor.role, reads: .case)
            && !confidentiality.seesAssignedPartnersOnly(actor.role)
    }
}

extension DiligenceService {
    /// The board report's figures for `year` (as of today when `nil`) for `actor` (`nil` for an
    /// operator reading without an account): the allegation figures follow the small-cell rule
    /// unless the reader's role reads every partner's cases. A partner's staff are refused. Kept
    /// while the log's head does not move.
    public func portfolioIndicators(year: Int?, by actor: AuthenticatedActor?) async throws
        -> IndicatorsReport
    {
        try checkPortfolioReader(actor)
        let targets = definitions.indicatorTargets ?? .standard
        let now = clock()
        let exact = readsEveryCase(actor)
        // Made once per log head, day, year and way of counting cases: a past year replays the log.
        let key = "indicators|\(LocalDate(now))|\(year.map(String.init) ?? "today")|\(exact)"
        return try viewCache.view(key, head: try logHead()) {
            IndicatorsReport(
                try store.portfolioIndicators(year: year, targets: targets, now: now), exact: exact)
        }
    }
}
