public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// The managers' risk report on the day of `now`: one line per partner (of `country` and of
    /// `type`, when given), built from each partner's facts and its open flags by level. Reads only.
    ///
    /// A partner's facts and open flags are those its last refresh kept (``RefreshHorizon``)
    /// while they hold on the report's day under `definitions`' lifecycle and rules, and are read
    /// from its records otherwise (a partner due for a refresh, no definitions given).
    public func portfolioRisk(
        country: String? = nil, type: PartnerType? = nil, now: Date, definitions: DefinitionSet? = nil
    ) throws(StoreError) -> PortfolioRisk {
        let today = LocalDate(now)
        let lifecycle = definitions?.workflow(forSubject: PartnerKind.kind.subject)
        let basis = definitions.flatMap { definitions in
            lifecycle.map { RefreshHorizon.basis($0, definitions: definitions) }
        }
        let lines = try read { db in
            let basisHolds = try basis != nil && RefreshHorizon.storedBasis(db: db) == basis
            var standings = StandingMemo(lifecycle: lifecycle)
            var keptFacts = KeptFacts(now: now, basisHolds: basisHolds)
            let rows = try RiskRow.all(country: country, type: type, day: today, db: db)
            let kept = rows.map { keptFacts.facts($0.kept) }
            // The flags of the partners whose kept lines do not hold: one by one when they are
            // few, in one pass over the portfolio's flags when they are many.
            let unkept = kept.count { $0 == nil }
            let everyFlag =
                unkept > FlagCounts.partnersCountedOneByOne ? try FlagCounts.openByPartner(db: db) : nil
            return try zip(rows, kept).map { row, kept in
                let id = row.record.id
                let facts = try kept?.facts ?? PartnerFactsReader.facts(partner: id, now: now, db: db)
                let flags =
                    try kept?.flags ?? everyFlag.map { $0[id] ?? OpenFlags() }
                    ?? FlagCounts.open(partner: id, db: db)
                let (activeStates, standing) = standings.standing(row.states)
                return PartnerRisk(
                    partner: row.record, activeStates: activeStates, standing: standing, facts: facts,
                    flags: flags, today: today)
            }
        }
        return PortfolioRisk(today: today, lines: lines)
    }

    /// The board-report figures for `year`, or as of today when `year` is nil, measured against
    /// `targets`. Reads only.
    ///
    /// For a past year the partner figures (assessed, capacity, agreements, training) are taken
    /// from the records as they stood at the end of 31 December: the log replayed up to then.
    /// Allegations are counted by the day they were received, with the status they have today,
    /// as UN public reporting does.
    public func portfolioIndicators(year: Int?, targets: IndicatorTargets, now: Date) throws(StoreError)
        -> PortfolioIndicators
    {
        let today = LocalDate(now)
        let referenceDay =
            year.flatMap { LocalDate(year: $0, month: 12, day: 31) }.map { min($0, today) } ?? today
        var figures = PortfolioIndicators(year: year, referenceDay: referenceDay, targets: targets)
        if referenceDay < today {
            // A past year: the partners' records as they stood at the end of its last day, from
            // the log replayed up to then.
            let end = referenceDay.startOfDay.addingTimeInterval(86_400 - 0.001)
            let past = try replayed(asOf: end)
            do {
                try past.read { db in try Self.countPartners(into: &figures, now: end, db: db) }
            } catch {
                throw Self.translate(error, path: path)
            }
        }
        try read { db in
            if referenceDay == today {
                try Self.countPartners(into: &figures, now: now, db: db)
            } else {
                // Cases count with the status they have today, in every allegation figure.
                figures.allegations.open = 0
                figures.allegations.substantiated = 0
                for partner in try Self.partnerRows(db: db)
                where LocalDate(partner.registeredAt) <= referenceDay {
                    var facts = PartnerFactValues(now: now)
                    try AllegationRows.contribute(to: &facts, partner: partner.id, db: db)
                    figures.allegations.open += facts.openAllegations ?? 0
                    figures.allegations.substantiated += facts.substantiatedAllegations ?? 0
                }
            }
            try AllegationRows.addFigures(
                to: &figures.allegations,
                receivedFrom: year.flatMap { LocalDate(year: $0, month: 1, day: 1) },
                to: referenceDay, db: db)
        }
        return figures
    }

    /// Counts every partner registered on or before the figures' reference day, from its facts
    /// at `now`.
    private static func countPartners(
        into figures: inout PortfolioIndicators, now: Date, db: any StoreConnection
    ) throws {
        for partner in try partnerRows(db: db)
        where LocalDate(partner.registeredAt) <= figures.referenceDay {
            figures.count(try PartnerFactsReader.facts(partner: partner.id, now: now, db: db))
        }
    }

    /// Every partner, in id order.
    private static func partnerRows(db: any StoreConnection) throws -> [PartnerRecord] {
        try db.rows("SELECT * FROM partner ORDER BY id").map(partner)
    }
}

extension PortfolioIndicators {
    /// Counts one partner registered on or before the reference day, from its facts.
    public mutating func count(_ facts: PartnerFactValues) {
        partners += 1
        var standing = facts.capacity ?? .notAssessed
        if let finalOn = facts.assessmentFinalOn {
            if finalOn > referenceDay {
                // Determined after the reference day: not yet assessed then.
                standing = .notAssessed
            } else if facts.assessmentExpiresOn.map({ $0 > referenceDay }) ?? true {
                partnersAssessed += 1
            }
        }
        capacity[standing.name, default: 0] += 1
        if standing != .noContactWithBeneficiaries { partnersRequiringAssessment += 1 }
        // Only agreements whose clauses procurement reviewed count: one just imported says nothing yet.
        if let cleared = facts.agreementCleared, cleared || facts.agreementReviewed == true {
            agreements += 1
            if cleared { agreementsWithAllClauses += 1 }
        }
        if let inScope = facts.personnelInScope, let trained = facts.personnelTrained {
            personnelInScope += inScope
            personnelTrained += min(trained, inScope)
        }
        if let coverage = facts.trainingCoverage {
            partnersWithTrainingRecorded += 1
            if coverage >= (facts.trainingCoverageRequired ?? 1) { partnersMeetingTrainingRequirement += 1 }
        }
        allegations.open += facts.openAllegations ?? 0
        allegations.substantiated += facts.substantiatedAllegations ?? 0
    }
}
