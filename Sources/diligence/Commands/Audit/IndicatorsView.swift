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

        var share: Decimal? { of.flatMap { PortfolioIndicators.share(count, of: $0) } }

        var onTarget: Bool? {
            guard let target, let of, of > 0 else { return nil }
            return Decimal(count) >= target * Decimal(of)
        }
    }

    /// Every figure, in the order the board report lists them.
    static func figures(_ indicators: PortfolioIndicators) -> [Figure] {
        let allegations = indicators.allegations
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
            Figure(id: "allegations_received", label: "allegations received", count: allegations.received),
            Figure(
                id: "allegations_reported_on_time", label: "  reported on time",
                count: allegations.reportedOnTime,
                of: allegations.received),
            Figure(
                id: "allegations_assisted_with_consent", label: "  victims/survivors assisted with consent",
                count: allegations.assistedWithConsent, of: allegations.received),
        ]
        for status in allegations.byStatus.keys.sorted() {
            list.append(
                Figure(
                    id: "allegations_status_\(status)",
                    label: "  \(status.replacingOccurrences(of: "_", with: " "))",
                    count: allegations.byStatus[status] ?? 0, of: allegations.received))
        }
        list += [
            Figure(id: "allegations_open", label: "allegations open today", count: allegations.open),
            Figure(
                id: "allegations_substantiated", label: "allegations substantiated",
                count: allegations.substantiated),
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

    static func csv(_ indicators: PortfolioIndicators) -> CSVDocument {
        var document = CSVDocument(header: csvHeader)
        for figure in figures(indicators) {
            document.append([
                indicators.year.map(String.init) ?? "", indicators.referenceDay.description, figure.id,
                String(figure.count), figure.of.map(String.init) ?? "",
                figure.share.map(ReportCells.share) ?? "",
                figure.target.map(ReportCells.share) ?? "", figure.onTarget.map(ReportCells.yesNo) ?? "",
            ])
        }
        return document
    }

    static func json(_ indicators: PortfolioIndicators) -> JSONValue {
        var object: [String: JSONValue] = [
            "year": indicators.year.map(JSONValue.int) ?? .null,
            "reference_day": .string(indicators.referenceDay.description),
            "partners": .int(indicators.partners),
            "partners_requiring_assessment": .int(indicators.partnersRequiringAssessment),
            "capacity": .object(indicators.capacity.mapValues(JSONValue.int)),
            "allegations": .object([
                "received": .int(indicators.allegations.received),
                "reported_on_time": .int(indicators.allegations.reportedOnTime),
                "assisted_with_consent": .int(indicators.allegations.assistedWithConsent),
                "by_status": .object(indicators.allegations.byStatus.mapValues(JSONValue.int)),
                "open": .int(indicators.allegations.open),
                "substantiated": .int(indicators.allegations.substantiated),
            ]),
        ]
        let figures = figures(indicators)
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

    static func text(_ indicators: PortfolioIndicators) -> String {
        let period =
            indicators.year.map { "\($0) (records up to \(indicators.referenceDay))" }
            ?? "today, \(indicators.referenceDay)"
        var table = Table("INDICATOR", "COUNT", "SHARE", "TARGET")
        for figure in figures(indicators) {
            var count = String(figure.count)
            if let of = figure.of { count += " of \(of)" }
            var target = figure.target.map(ReportCells.percent) ?? ""
            if let onTarget = figure.onTarget { target += onTarget ? " (met)" : " (not met)" }
            table.add(figure.label, count, figure.share.map(ReportCells.percent) ?? "-", target)
        }
        let source = indicators.targets.file.map { " (targets from \($0))" } ?? " (default targets)"
        return "PSEA indicators for \(period)\(source)\n\n" + table.text
    }
}
