import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// The board indicators page (the harmonized template's figures for a year chosen in the URL,
/// with their targets) and its CSV.
extension WebApp {
    func addIndicatorsRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/indicators") { request, context in
            let actor = try context.signedIn
            let typed = request.query["year"].map { String($0.prefix(20)) }
            do {
                let report = try await service.portfolioIndicators(
                    year: try service.indicatorsYear(typed), by: actor)
                var values = Self.indicatorValues(report)
                values["typed_year"] = typed ?? ""
                return pages.page(
                    "indicators", title: "Board indicators", values: values, context: context,
                    navigation: await navigation("portfolio", context))
            } catch let error as DiligenceError {
                if error.code == .notAllowed { return forbidden(context, needed: Self.allowed(error)) }
                guard let field = PortfolioMessages.filterError(error) else { throw error }
                return pages.page(
                    "indicators", title: "Board indicators", values: ["typed_year": typed ?? ""],
                    context: context, errors: [field], status: .badRequest,
                    navigation: await navigation("portfolio", context))
            }
        }
        router.get("/indicators/csv") { request, context in
            let actor = try context.signedIn
            do {
                let year = try service.indicatorsYear(request.query["year"].map { String($0.prefix(20)) })
                let report = try await service.portfolioIndicators(year: year, by: actor)
                let period =
                    report.indicators.year.map(String.init) ?? report.indicators.referenceDay.description
                return Self.csvResponse(report.csv, filename: "indicators-\(period).csv")
            } catch let error as DiligenceError {
                return try exportRefusal(error, context: context)
            }
        }
    }

    /// The figures as the page's rows: each with its count, base, share and target.
    static func indicatorValues(_ report: IndicatorsReport) -> [String: Any] {
        let indicators = report.indicators
        let rows = report.figures.map { figure -> [String: Any] in
            // The figures' labels are the text report's: "un" there is the UN here.
            let words = figure.label.split(separator: " ").map { $0 == "un" ? "UN" : String($0) }
            let label = words.joined(separator: " ")
            return [
                "label": label.prefix(1).uppercased() + label.dropFirst(), "part": figure.isPart,
                "count": figure.countText, "of": figure.ofText ?? "",
                "share": figure.share.map(ShareText.percent) ?? "–",
                "target": figure.target.map(ShareText.percent) ?? "",
                "on_target": figure.onTarget.map {
                    ["met": $0, "label": $0 ? "Met" : "Not met"] as [String: Any]
                }
                    ?? false,
            ]
        }
        let year = indicators.year
        return [
            "period": year.map { "\($0) (records up to \(indicators.referenceDay))" }
                ?? "today, \(indicators.referenceDay)",
            "targets_source": indicators.targets.file.map {
                "Targets from \(URL(fileURLWithPath: $0).lastPathComponent)."
            } ?? "The default targets.",
            "figures": rows, "suppressed": report.allegations.isSuppressed,
            "csv": "/indicators/csv" + (year.map { "?year=\($0)" } ?? ""),
            "threshold": SmallCount.threshold, "small_max": SmallCount.threshold - 1,
        ]
    }
}
