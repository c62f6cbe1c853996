import DiligenceCore
public import DiligenceStore

/// The portfolio risk report as `audit risk --format json` writes it: a line a partner and the
/// totals overall, by country and by type, open allegations under the small-cell rule (a
/// suppressed count is `null`).
public struct RiskReportView: Sendable, Hashable, Codable {
    /// The filters the report was asked with; `null` where none was given.
    public struct Filter: Sendable, Hashable, Codable {
        /// The country asked for.
        @Nullable public var country: String?
        /// The kind of partner asked for.
        @Nullable public var type: String?
    }

    /// A partner's agreement facts; `null` where the partner has none.
    public struct Agreement: Sendable, Hashable, Codable {
        /// Whether its agreement's PSEA clauses are cleared.
        @Nullable public var cleared: Bool?
        /// Whether procurement reviewed every finding.
        @Nullable public var reviewed: Bool?
        /// The mandatory clauses missing.
        @Nullable public var mandatoryClausesMissing: Int?
        /// The mandatory clauses waived.
        @Nullable public var mandatoryClausesWaived: Int?

        enum CodingKeys: String, CodingKey {
            case cleared, reviewed
            case mandatoryClausesMissing = "mandatory_clauses_missing"
            case mandatoryClausesWaived = "mandatory_clauses_waived"
        }
    }

    /// A partner's training facts; `null` where none is recorded.
    public struct Training: Sendable, Hashable, Codable {
        /// The share of personnel trained, four decimal places.
        @Nullable public var coverage: String?
        /// The band of that share.
        @Nullable public var band: String?
        /// The share required of the partner.
        @Nullable public var required: String?
        /// Whether the partner meets it.
        @Nullable public var meetsRequirement: Bool?

        enum CodingKeys: String, CodingKey {
            case coverage, band, required
            case meetsRequirement = "meets_requirement"
        }
    }

    /// A partner's line.
    public struct Line: Sendable, Hashable, Codable {
        /// The partner's id, name, country and kind.
        public var id: String, name: String, country: String, type: String
        /// Where its lifecycle stands, as the front end words it.
        public var standing: String
        /// Its lifecycle's active states.
        public var states: [String]
        /// Its capacity level or status.
        public var capacityLevel: String
        /// The day its final determination was made; `null` when none.
        @Nullable public var assessmentFinalOn: String?
        /// The day that determination expires.
        @Nullable public var assessmentExpiresOn: String?
        /// Its age in days.
        @Nullable public var assessmentAgeDays: Int?
        /// Whether it holds a valid final determination.
        public var assessed: Bool
        /// Its open flags at each level, every level written.
        public var openFlags: [String: Int]
        /// Its agreement facts.
        public var agreement: Agreement
        /// Its training facts.
        public var training: Training
        /// Its open allegations; `null` when suppressed.
        @Nullable public var openAllegations: Int?
        /// Whether a valid red flag locks it.
        public var locked: Bool

        /// The line of `risk`, with `allegations` its open allegations as the reader may see them
        /// and `standing` where its lifecycle stands.
        public init(_ risk: PartnerRisk, allegations: SmallCount, standing: String) {
            let facts = risk.facts
            id = risk.partner.id
            name = risk.partner.name
            country = risk.partner.country
            type = risk.partner.type.rawValue
            self.standing = standing
            states = risk.activeStates ?? []
            capacityLevel = risk.capacity.name
            assessmentFinalOn = facts.assessmentFinalOn?.description
            assessmentExpiresOn = facts.assessmentExpiresOn?.description
            assessmentAgeDays = risk.assessmentAgeDays
            assessed = risk.isAssessed
            openFlags = Dictionary(
                uniqueKeysWithValues: FlagLevel.allCases.map { ($0.rawValue, risk.openFlags($0)) })
            agreement = Agreement(
                cleared: facts.agreementCleared, reviewed: facts.agreementReviewed,
                mandatoryClausesMissing: facts.mandatoryClausesMissing,
                mandatoryClausesWaived: facts.mandatoryClausesWaived)
            training = Training(
                coverage: facts.trainingCoverage.map(ShareText.fixed), band: risk.trainingBand?.rawValue,
                required: facts.trainingCoverageRequired.map(ShareText.fixed),
                meetsRequirement: risk.meetsTrainingRequirement)
            openAllegations = allegations.value
            locked = risk.isLocked
        }

        enum CodingKeys: String, CodingKey {
            case id, name, country, type, standing, states
            case capacityLevel = "capacity_level"
            case assessmentFinalOn = "assessment_final_on"
            case assessmentExpiresOn = "assessment_expires_on"
            case assessmentAgeDays = "assessment_age_days"
            case assessed
            case openFlags = "open_flags"
            case agreement, training
            case openAllegations = "open_allegations"
            case locked
        }
    }

    /// The totals of a group of partners (all of them, a country, a kind).
    public struct Totals: Sendable, Hashable, Codable {
        /// The group: `all`, a country code, a kind of partner.
        public var key: String
        /// Partners in it, and of those assessed.
        public var partners: Int, assessed: Int
        /// Partners at each capacity level or status.
        public var capacity: [String: Int]
        /// Open flags at each level, every level written.
        public var openFlags: [String: Int]
        /// Partners whose agreement is cleared, and not cleared.
        public var agreementsCleared: Int, agreementsNotCleared: Int
        /// Partners meeting their training requirement, and short of it.
        public var trainingMet: Int, trainingShort: Int
        /// Open allegations; `null` when suppressed.
        @Nullable public var openAllegations: Int?
        /// Partners locked by a valid red flag.
        public var locked: Int

        /// The view of `totals`, with `allegations` the group's open allegations as shown.
        public init(_ totals: RiskTotals, allegations: SmallCount?) {
            key = totals.key
            partners = totals.partners
            assessed = totals.assessed
            capacity = totals.capacity
            openFlags = Dictionary(
                uniqueKeysWithValues: FlagLevel.allCases.map { ($0.rawValue, totals.openFlags[$0] ?? 0) })
            agreementsCleared = totals.agreementsCleared
            agreementsNotCleared = totals.agreementsNotCleared
            trainingMet = totals.trainingMet
            trainingShort = totals.trainingShort
            openAllegations = (allegations ?? .suppressed).value
            locked = totals.locked
        }

        enum CodingKeys: String, CodingKey {
            case key, partners, assessed, capacity
            case openFlags = "open_flags"
            case agreementsCleared = "agreements_cleared"
            case agreementsNotCleared = "agreements_not_cleared"
            case trainingMet = "training_met"
            case trainingShort = "training_short"
            case openAllegations = "open_allegations"
            case locked
        }
    }

    /// The totals overall, by country and by type.
    public struct Groups: Sendable, Hashable, Codable {
        /// Every partner in the report.
        public var all: Totals
        /// By country, and by kind of partner.
        public var byCountry: [Totals], byType: [Totals]

        enum CodingKeys: String, CodingKey {
            case all
            case byCountry = "by_country"
            case byType = "by_type"
        }
    }

    /// The day the report is taken at.
    public var date: String
    /// The filters asked with.
    public var filter: Filter
    /// A line a partner.
    public var partners: [Line]
    /// The totals.
    public var totals: Groups
    /// Whether an allegation count was suppressed under the small-cell rule.
    public var smallCellsSuppressed: Bool

    /// The view of `report` asked with `country` and `type`, `standing` wording where a
    /// partner's lifecycle stands.
    public init(
        _ report: RiskReport, country: String?, type: PartnerType?, standing: (PartnerRisk) -> String
    ) {
        let risk = report.risk
        date = risk.today.description
        filter = Filter(country: country, type: type?.rawValue)
        partners = risk.lines.indices.map { index in
            let line = risk.lines[index]
            return Line(line, allegations: report.open(at: index), standing: standing(line))
        }
        totals = Groups(
            all: Totals(risk.overall, allegations: report.openAllegationsOverall),
            byCountry: risk.byCountry.map {
                Totals($0, allegations: report.openAllegationsByCountry[$0.key])
            },
            byType: risk.byType.map { Totals($0, allegations: report.openAllegationsByType[$0.key]) })
        smallCellsSuppressed = report.isSuppressed
    }

    enum CodingKeys: String, CodingKey {
        case date, filter, partners, totals
        case smallCellsSuppressed = "small_cells_suppressed"
    }
}
