import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The board-report figures as text and CSV, all from one list of figures (the JSON is
/// `IndicatorsReportView`).
enum IndicatorsText {
    static func figures(_ report: IndicatorsReport) -> [IndicatorFigure] { report.figures }

    static func csv(_ report: IndicatorsReport) -> CSVDocument { report.csv }

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
