public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// The managers' risk report on the day of `now`: one line per partner (of `country` and of
    /// `type`, when given), built from each partner's facts and its open flags by level. Reads only.
    ///
    /// A partner's facts are those its last refresh kept (``RefreshHorizon``) while they hold on
    /// the report's day under `definitions`' lifecycle and rules, and are read from its records
    /// otherwise (a partner due for a refresh, a closed one, no definitions given).
    public func portfolioRisk(
        country: String? = nil, type: PartnerType? = nil, now: Date, definitions: DefinitionSet? = nil
    ) throws(StoreError) -> PortfolioRisk {
        let today = LocalDate(now)
        let basis = definitions.flatMap { definitions in
            definitions.workflow(forSubject: PartnerKind.kind.subject).map {
                RefreshHorizon.basis($0, definitions: definitions)
            }
        }
        let lines = try read { db in
            let flags = try FlagCounts.openByPartner(db: db)
            let basisHolds = try basis != nil && RefreshHorizon.storedBasis(db: db) == basis
            return try Self.partnerRows(db: db, kept: true).filter { partner in
                (country.map { $0 == partner.record.country } ?? true)
                    && (type.map { $0 == partner.record.type } ?? true)
            }.map { partner in
                let facts =
                    try RefreshHorizon.keptFacts(partner.kept, today: today, now: now, basisHolds: basisHolds)
                    ?? PartnerFactsReader.facts(partner: partner.record.id, now: now, db: db)
                return PartnerRisk(
                    partner: partner.record, lifecycle: partner.lifecycle, facts: facts,
                    openFlags: flags.own[partner.record.id] ?? [:],
                    inheritedFlags: flags.inherited[partner.record.id] ?? [:], today: today)
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
                where LocalDate(partner.record.registeredAt) <= referenceDay {
                    var facts = PartnerFactValues(now: now)
                    try AllegationRows.contribute(to: &facts, partner: partner.record.id, db: db)
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
        where LocalDate(partner.record.registeredAt) <= figures.referenceDay {
            figures.count(try PartnerFactsReader.facts(partner: partner.record.id, now: now, db: db))
        }
    }

    /// Every partner with its lifecycle snapshot, in id order, and with `kept`, what its last
    /// refresh kept (``RefreshHorizon``).
    private static func partnerRows(db: any StoreConnection, kept: Bool = false) throws -> [(
        record: PartnerRecord, lifecycle: InstanceSnapshot?,
        kept: (dueOn: String, computedOn: String, facts: String)?
    )] {
        let keptColumns =
            kept
            ? ", partner_refresh.due_on AS kept_due_on, partner_refresh.computed_on AS kept_computed_on,"
                + " partner_refresh.facts AS kept_facts" : ""
        let keptJoin = kept ? "LEFT JOIN partner_refresh ON partner_refresh.partner = partner.id" : ""
        return try db.rows(
            """
            SELECT partner.*, instance.snapshot\(keptColumns) FROM partner
            LEFT JOIN instance ON instance.subject = partner.id \(keptJoin) ORDER BY partner.id
            """
        ).map { row in
            let record = partner(row)
            let lifecycle = try (row["snapshot"] as String?).map {
                try snapshot(from: $0, subject: record.id)
            }
            guard kept, let dueOn = row["kept_due_on"] as String?,
                let computedOn = row["kept_computed_on"] as String?, let facts = row["kept_facts"] as String?
            else { return (record, lifecycle, nil) }
            return (record, lifecycle, (dueOn, computedOn, facts))
        }
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
