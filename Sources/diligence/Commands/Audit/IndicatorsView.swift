import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The board-report figures as text, JSON and CSV, all from one list of figures.
enum IndicatorsView {
    static func figures(_ report: IndicatorsReport) -> [IndicatorFigure] { report.figures }

    static func csv(_ report: IndicatorsReport) -> CSVDocument { report.csv }

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
