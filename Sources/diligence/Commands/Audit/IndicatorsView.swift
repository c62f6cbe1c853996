import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The board-report figures as text, JSON and CSV, all from one list of figures.
enum IndicatorsView {
    /// One figure: `count` out of `of`, with its target when it has one.
    struct Figure {
        var id: String
        var label: String
        var count: Int
        var of: Int?
        var target: Decimal?
        /// Set for an allegation figure: the count (and its base) as the reader may see them.
        var shown: (count: SmallCount, of: SmallCount?)?

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

        /// Whether the count or its base is suppressed under the small-cell rule.
        var isSuppressed: Bool {
            shown.map { $0.count.isSuppressed || ($0.of?.isSuppressed ?? false) } ?? false
        }

        /// The count as text (`<3` when suppressed).
        var countText: String { shown?.count.description ?? String(count) }

        /// The base as text, when the figure has one.
        var ofText: String? { shown.map { $0.of?.description } ?? of.map(String.init) }

        var share: Decimal? {
            isSuppressed ? nil : of.flatMap { PortfolioIndicators.share(count, of: $0) }
        }

        var onTarget: Bool? {
            guard let target, let of, of > 0 else { return nil }
            return Decimal(count) >= target * Decimal(of)
        }
    }

    /// Every figure, in the order the board report lists them.
    static func figures(_ report: IndicatorsReport) -> [Figure] {
        let indicators = report.indicators
        let allegations = report.allegations
        var list = [
            Figure(
                id: "partners_assessed", label: "partners assessed (valid final determination)",
                count: indicators.partnersAssessed, of: indicators.partnersRequiringAssessment,
                target: indicators.targets.partnersAssessed)
        ]
        for name in PartnerFact.capacityNames {
            list.append(
                Figure(
                    id: "capacity_\(name)", label: "  " + capacityLabel(name),
                    count: indicators.capacity[name] ?? 0, of: indicators.partners))
        }
        list += [
            Figure(
                id: "agreements_with_all_mandatory_clauses", label: "agreements with all mandatory clauses",
                count: indicators.agreementsWithAllClauses, of: indicators.agreements),
            Figure(
                id: "personnel_trained", label: "personnel trained", count: indicators.personnelTrained,
                of: indicators.personnelInScope, target: indicators.targets.personnelTrained),
            Figure(
                id: "partners_meeting_training_requirement",
                label: "partners meeting their training requirement",
                count: indicators.partnersMeetingTrainingRequirement,
                of: indicators.partnersWithTrainingRecorded),
            Figure(id: "allegations_received", label: "allegations received", shown: allegations.received),
            Figure(
                id: "allegations_reported_on_time", label: "  reported on time",
                shown: allegations.reportedOnTime, of: allegations.received),
            Figure(
                id: "allegations_assisted_with_consent", label: "  victims/survivors assisted with consent",
                shown: allegations.assistedWithConsent, of: allegations.received),
        ]
        for status in allegations.byStatus.keys.sorted() {
            list.append(
                Figure(
                    id: "allegations_status_\(status)",
                    label: "  \(status.replacingOccurrences(of: "_", with: " "))",
                    shown: allegations.byStatus[status] ?? SmallCount(0), of: allegations.received))
        }
        list += [
            Figure(id: "allegations_open", label: "allegations open today", shown: allegations.open),
            Figure(
                id: "allegations_substantiated", label: "allegations substantiated",
                shown: allegations.substantiated),
        ]
        return list
    }

    /// How the text report names a capacity level or status: `full capacity`, `not assessed`.
    static func capacityLabel(_ name: String) -> String {
        CapacityLevel(rawValue: name)?.phrase ?? name.replacingOccurrences(of: "_", with: " ")
    }

    /// The CSV header of `audit indicators --csv`.
    static let csvHeader = [
        "year", "reference_day", "indicator", "count", "of", "share", "target", "on_target",
    ]

    static func csv(_ report: IndicatorsReport) -> CSVDocument {
        let indicators = report.indicators
        var document = CSVDocument(header: csvHeader)
        for figure in figures(report) {
            document.append([
                indicators.year.map(String.init) ?? "", indicators.referenceDay.description, figure.id,
                figure.countText, figure.ofText ?? "",
                figure.share.map(ReportCells.share) ?? "",
                figure.target.map(ReportCells.share) ?? "", figure.onTarget.map(ReportCells.yesNo) ?? "",
            ])
        }
        return document
    }

    static func json(_ report: IndicatorsReport) -> JSONValue {
        let indicators = report.indicators
        let allegations = report.allegations
        var object: [String: JSONValue] = [
            "year": indicators.year.map(JSONValue.int) ?? .null,
            "reference_day": .string(indicators.referenceDay.description),
            "partners": .int(indicators.partners),
            "partners_requiring_assessment": .int(indicators.partnersRequiringAssessment),
            "capacity": .object(indicators.capacity.mapValues(JSONValue.int)),
            "allegations": .object([
                "received": allegations.received.json,
                "reported_on_time": allegations.reportedOnTime.json,
                "assisted_with_consent": allegations.assistedWithConsent.json,
                "by_status": .object(allegations.byStatus.mapValues(\.json)),
                "open": allegations.open.json,
                "substantiated": allegations.substantiated.json,
            ]),
            "small_cells_suppressed": .bool(allegations.isSuppressed),
        ]
        let figures = figures(report)
        for id in [
            "partners_assessed", "agreements_with_all_mandatory_clauses", "personnel_trained",
            "partners_meeting_training_requirement",
        ] {
            guard let figure = figures.first(where: { $0.id == id }) else { continue }
            var value: [String: JSONValue] = [
                "count": .int(figure.count), "of": figure.of.map(JSONValue.int) ?? .null,
                "share": figure.share.map { .string(ReportCells.share($0)) } ?? .null,
            ]
            if let target = figure.target {
                value["target"] = .string(ReportCells.share(target))
                value["on_target"] = figure.onTarget.map(JSONValue.bool) ?? .null
            }
            object[id] = .object(value)
        }
        return .object(object)
    }

    static func text(_ report: IndicatorsReport) -> String {
        let indicators = report.indicators
        let period =
            indicators.year.map { "\($0) (records up to \(indicators.referenceDay))" }
            ?? "today, \(indicators.referenceDay)"
        var table = Table("INDICATOR", "COUNT", "SHARE", "TARGET")
        for figure in figures(report) {
            var count = figure.countText
            if let of = figure.ofText { count += " of \(of)" }
            var target = figure.target.map(ReportCells.percent) ?? ""
            if let onTarget = figure.onTarget { target += onTarget ? " (met)" : " (not met)" }
            table.add(figure.label, count, figure.share.map(ReportCells.percent) ?? "-", target)
        }
        let source = indicators.targets.file.map { " (targets from \($0))" } ?? " (default targets)"
        let note =
            report.allegations.isSuppressed
            ? "\n\nAllegation counts from 1 to 2 show as <3 (and a count that would give one back), so that no figure singles out a case."
            : ""
        return "PSEA indicators for \(period)\(source)\n\n" + table.text + note
    }
}
