/// The board-report figures as `audit indicators --format json` writes them: the portfolio's
/// counts, the allegation figures under the small-cell rule (a suppressed count is `null`), and
/// the figures that have a share, each with its target where one is set.
public struct IndicatorsReportView: Sendable, Hashable, Codable {
    /// A figure with a share: `partners_assessed` and its kin.
    public struct Figure: Sendable, Hashable, Codable {
        /// The count.
        public var count: Int
        /// What it is counted out of; `null` when it is not a part of a whole.
        @Nullable public var of: Int?
        /// The share, four decimal places; `null` when there is nothing to count out of.
        @Nullable public var share: String?
        /// The target share, four decimal places; the key is left out when no target is set.
        public var target: String?
        /// Whether the share meets the target; written (as `null` when there is no share) only
        /// with a target.
        public var onTarget: Bool?

        /// The view of a figure.
        public init(_ figure: IndicatorFigure) {
            count = figure.count
            of = figure.of
            share = figure.share.map(ShareText.fixed)
            target = figure.target.map(ShareText.fixed)
            onTarget = figure.onTarget
        }

        enum CodingKeys: String, CodingKey {
            case count, of, share, target
            case onTarget = "on_target"
        }

        /// Writes the figure: the target and whether it is met only when a target is set.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(count, forKey: .count)
            try container.encode(_of, forKey: .of)
            try container.encode(_share, forKey: .share)
            if let target {
                try container.encode(target, forKey: .target)
                try container.encode(Nullable(wrappedValue: onTarget), forKey: .onTarget)
            }
        }
    }

    /// The allegation figures; a count from 1 to 2 (or one that would give such a count back) is
    /// `null`.
    public struct Allegations: Sendable, Hashable, Codable {
        /// Cases received in the period.
        @Nullable public var received: Int?
        /// Of those, reported to the UN entity on time.
        @Nullable public var reportedOnTime: Int?
        /// Of those, whose victim/survivor was assisted with consent.
        @Nullable public var assistedWithConsent: Int?
        /// Cases by status.
        public var byStatus: [String: Int?]
        /// Cases still open.
        @Nullable public var open: Int?
        /// Cases substantiated.
        @Nullable public var substantiated: Int?

        /// The view of the figures as a role may see them.
        public init(_ figures: ShownAllegationFigures) {
            received = figures.received.value
            reportedOnTime = figures.reportedOnTime.value
            assistedWithConsent = figures.assistedWithConsent.value
            byStatus = figures.byStatus.mapValues(\.value)
            open = figures.open.value
            substantiated = figures.substantiated.value
        }

        enum CodingKeys: String, CodingKey {
            case received
            case reportedOnTime = "reported_on_time"
            case assistedWithConsent = "assisted_with_consent"
            case byStatus = "by_status"
            case open, substantiated
        }
    }

    /// The year asked for; `null` for the figures as of today.
    @Nullable public var year: Int?
    /// The day the figures are taken at.
    public var referenceDay: String
    /// Partners registered by then.
    public var partners: Int
    /// Of those, partners that require a capacity assessment.
    public var partnersRequiringAssessment: Int
    /// Partners at each capacity level or status, by its name.
    public var capacity: [String: Int]
    /// The allegation figures.
    public var allegations: Allegations
    /// Whether a count was suppressed under the small-cell rule.
    public var smallCellsSuppressed: Bool
    /// Partners assessed; the keys of the figures with a share are left out when absent.
    public var partnersAssessed: Figure?
    /// Agreements holding every mandatory clause.
    public var agreementsWithAllMandatoryClauses: Figure?
    /// Personnel trained.
    public var personnelTrained: Figure?
    /// Partners meeting the training requirement.
    public var partnersMeetingTrainingRequirement: Figure?

    /// The view of a report.
    public init(_ report: IndicatorsReport) {
        let indicators = report.indicators
        year = indicators.year
        referenceDay = indicators.referenceDay.description
        partners = indicators.partners
        partnersRequiringAssessment = indicators.partnersRequiringAssessment
        capacity = indicators.capacity
        allegations = Allegations(report.allegations)
        smallCellsSuppressed = report.allegations.isSuppressed
        let figures = report.figures
        func figure(_ id: String) -> Figure? { figures.first { $0.id == id }.map(Figure.init) }
        partnersAssessed = figure(CodingKeys.partnersAssessed.rawValue)
        agreementsWithAllMandatoryClauses = figure(CodingKeys.agreementsWithAllMandatoryClauses.rawValue)
        personnelTrained = figure(CodingKeys.personnelTrained.rawValue)
        partnersMeetingTrainingRequirement = figure(CodingKeys.partnersMeetingTrainingRequirement.rawValue)
    }

    enum CodingKeys: String, CodingKey {
        case year
        case referenceDay = "reference_day"
        case partners
        case partnersRequiringAssessment = "partners_requiring_assessment"
        case capacity, allegations
        case smallCellsSuppressed = "small_cells_suppressed"
        case partnersAssessed = "partners_assessed"
        case agreementsWithAllMandatoryClauses = "agreements_with_all_mandatory_clauses"
        case personnelTrained = "personnel_trained"
        case partnersMeetingTrainingRequirement = "partners_meeting_training_requirement"
    }
}
