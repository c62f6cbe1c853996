public import DiligenceCore
import DiligenceStore
public import Foundation

/// One figure of the board report: `count` out of `of`, with its target when it has one; an
/// allegation figure carries its count (and base) as the reader may see them.
public struct IndicatorFigure: Sendable {
    /// The figure's name: `partners_assessed`, `capacity_full`, `allegations_open`...
    public var id: String
    /// What it counts, as the text report names it (`partners assessed (valid final
    /// determination)`); a part of the figure above starts with two spaces.
    public var label: String
    /// The count (0 when suppressed).
    public var count: Int
    /// The base it is a share of, when it has one.
    public var of: Int?
    /// The share the figure should reach, when it has a target.
    public var target: Decimal?
    /// For an allegation figure: the count (and its base) as the reader may see them.
    public var shown: (count: SmallCount, of: SmallCount?)?

    init(id: String, label: String, count: Int, of: Int? = nil, target: Decimal? = nil) {
        self.id = id
        self.label = label
        self.count = count
        self.of = of
        self.target = target
    }

    init(id: String, label: String, shown count: SmallCount, of: SmallCount? = nil) {
        self.init(id: id, label: label, count: count.value ?? 0, of: of.map { $0.value ?? 0 })
        shown = (count, of)
    }

    /// Whether the figure is a part of the one above it (its label is indented).
    public var isPart: Bool { label.hasPrefix("  ") }

    /// Whether the count or its base is suppressed under the small-cell rule.
    public var isSuppressed: Bool {
        shown.map { $0.count.isSuppressed || ($0.of?.isSuppressed ?? false) } ?? false
    }

    /// The count as text (`<3` when suppressed).
    public var countText: String { shown?.count.description ?? String(count) }

    /// The base as text, when the figure has one.
    public var ofText: String? { shown.map { $0.of?.description } ?? of.map(String.init) }

    /// The share of the base; `nil` without a base, with a zero base or when suppressed.
    public var share: Decimal? {
        isSuppressed ? nil : of.flatMap { PortfolioIndicators.share(count, of: $0) }
    }

    /// Whether the figure reaches its target; `nil` without a target or a base.
    public var onTarget: Bool? {
        guard let target, let of, of > 0 else { return nil }
        return Decimal(count) >= target * Decimal(of)
    }
}

extension IndicatorsReport {
    /// Every figure, in the order the board report lists them.
    public var figures: [IndicatorFigure] {
        var list = [
            IndicatorFigure(
                id: "partners_assessed", label: "partners assessed (valid final determination)",
                count: indicators.partnersAssessed, of: indicators.partnersRequiringAssessment,
                target: indicators.targets.partnersAssessed)
        ]
        for name in PartnerFact.capacityNames {
            list.append(
                IndicatorFigure(
                    id: "capacity_\(name)", label: "  " + Self.capacityLabel(name),
                    count: indicators.capacity[name] ?? 0, of: indicators.partners))
        }
        list += [
            IndicatorFigure(
                id: "agreements_with_all_mandatory_clauses", label: "agreements with all mandatory clauses",
                count: indicators.agreementsWithAllClauses, of: indicators.agreements),
            IndicatorFigure(
                id: "personnel_trained", label: "personnel trained", count: indicators.personnelTrained,
                of: indicators.personnelInScope, target: indicators.targets.personnelTrained),
            IndicatorFigure(
                id: "partners_meeting_training_requirement",
                label: "partners meeting their training requirement",
                count: indicators.partnersMeetingTrainingRequirement,
                of: indicators.partnersWithTrainingRecorded),
            IndicatorFigure(
                id: "allegations_received", label: "allegations received", shown: allegations.received),
            IndicatorFigure(
                id: "allegations_reported_on_time", label: "  reported on time",
                shown: allegations.reportedOnTime, of: allegations.received),
            IndicatorFigure(
                id: "allegations_assisted_with_consent", label: "  victims/survivors assisted with consent",
                shown: allegations.assistedWithConsent, of: allegations.received),
        ]
        for status in allegations.byStatus.keys.sorted() {
            list.append(
                IndicatorFigure(
                    id: "allegations_status_\(status)",
                    label: "  \(status.replacingOccurrences(of: "_", with: " "))",
                    shown: allegations.byStatus[status] ?? SmallCount(0), of: allegations.received))
        }
        list += [
            IndicatorFigure(id: "allegations_open", label: "allegations open today", shown: allegations.open),
            IndicatorFigure(
                id: "allegations_substantiated", label: "allegations substantiated",
                shown: allegations.substantiated),
        ]
        return list
    }

    /// How the report names a capacity level or status: `full capacity`, `not assessed`.
    public static func capacityLabel(_ name: String) -> String {
        CapacityLevel(rawValue: name)?.phrase ?? name.replacingOccurrences(of: "_", with: " ")
    }

    /// The CSV header of the figures.
    public static let csvHeader = [
        "year", "reference_day", "indicator", "count", "of", "share", "target", "on_target",
    ]

    /// The figures as CSV: one row per figure, suppressed counts written `<3`.
    public var csv: CSVDocument {
        var document = CSVDocument(header: Self.csvHeader)
        for figure in figures {
            document.append([
                indicators.year.map(String.init) ?? "", indicators.referenceDay.description, figure.id,
                figure.countText, figure.ofText ?? "", figure.share.map(ShareText.fixed) ?? "",
                figure.target.map(ShareText.fixed) ?? "", figure.onTarget.map { $0 ? "yes" : "no" } ?? "",
            ])
        }
        return document
    }
}
