import DiligenceApp
import DiligenceCore
import DiligenceStore
import DiligenceWebForms
import Foundation
import Hummingbird

/// The managers' portfolio page (charts beside their tables, filters in the URL) and a CSV of
/// each of its tables. The layer decides who may read it and how allegation cases are counted.
extension WebApp {
    static let portfolioFilterNames = ["country", "type", "standing"]
    /// The most rows a list of the page shows (the CSV carries them all).
    static let portfolioListLimit = 200

    func addPortfolioRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/portfolio") { request, context in
            let actor = try context.signedIn
            let filter = Self.portfolioFilter(request.query)
            let report: PortfolioReport
            do {
                report = try await service.portfolioReport(filter, by: actor)
            } catch let error as DiligenceError {
                if error.code == .notAllowed { return forbidden(context, needed: Self.allowed(error)) }
                guard let field = PortfolioMessages.filterError(error) else { throw error }
                return pages.page(
                    "portfolio", title: "Portfolio",
                    values: portfolioFilterValues(filter, params: request.query), context: context,
                    errors: [field], status: .badRequest, navigation: await navigation("portfolio", context))
            }
            // The same report asked by the same address is the same content: drawn once.
            let content = fragments.html("portfolio-page|\(report.viewKey)|\(request.uri.query ?? "")") {
                var values = portfolioFilterValues(report.filter, params: request.query)
                values.merge(Self.portfolioValues(report, query: Self.portfolioQuery(report.filter))) { $1 }
                return pages.fragment("portfolio-content", values: values)
            }
            return pages.page(
                "portfolio", title: "Portfolio", values: ["content_html": content], context: context,
                navigation: await navigation("portfolio", context))
        }
        router.get("/portfolio/csv/{table}") { request, context in
            let actor = try context.signedIn
            let table = try context.parameters.require("table")
            let report: PortfolioReport
            do {
                report = try await service.portfolioReport(Self.portfolioFilter(request.query), by: actor)
            } catch let error as DiligenceError {
                return try exportRefusal(error, context: context)
            }
            let document: CSVDocument
            switch table {
            case "expiring": document = report.expiringCSV
            case "plans": document = report.overduePlansCSV
            default:
                guard let found = report.table(table) else { return notFound(context) }
                document = found.csv
            }
            return Self.csvResponse(document, filename: "portfolio-\(table)-\(report.today).csv")
        }
    }

    /// A CSV refused: 403 with the roles that may have it, or 400 with what is wrong with a
    /// filter; any other error is thrown on.
    func exportRefusal(_ error: DiligenceError, context: WebContext) throws -> Response {
        if error.code == .notAllowed { return forbidden(context, needed: Self.allowed(error)) }
        guard let field = PortfolioMessages.filterError(error) else { throw error }
        return pages.page(
            "problem", title: "This export cannot be made", values: ["paragraphs": [field.message + "."]],
            context: context, status: .badRequest)
    }

    /// The roles a refusal names as allowed.
    static func allowed(_ error: DiligenceError) -> [String] {
        (error.values["allowed"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func portfolioFilter(_ params: WebForm) -> PortfolioFilter {
        PortfolioFilter(
            country: params["country"].map { String($0.prefix(40)) },
            type: params["type"].map { String($0.prefix(40)) },
            standing: params["standing"].map { String($0.prefix(60)) })
    }

    /// The filter as a URL's query (`?country=KE&type=ngo`), or nothing without one.
    static func portfolioQuery(_ filter: PortfolioFilter) -> String {
        let parts = [("country", filter.country), ("type", filter.type), ("standing", filter.standing)]
            .compactMap { name, value in value.map { "\(name)=\(encode($0))" } }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    /// A CSV document as a download.
    static func csvResponse(_ document: CSVDocument, filename: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(filename)\"", .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: document.text)))
    }

    /// The filter form: the values typed, the choices, and a chip per filter set.
    private func portfolioFilterValues(_ filter: PortfolioFilter, params: WebForm) -> [String: Any] {
        let set = Self.portfolioFilterNames.compactMap { name in params[name].map { (name, $0) } }
        func link(without name: String) -> String {
            let text = set.filter { $0.0 != name }.map { "\($0.0)=\(Self.encode($0.1))" }.joined(
                separator: "&")
            return "/portfolio" + (text.isEmpty ? "" : "?" + text)
        }
        let labels = ["country": "Country", "type": "Type", "standing": "Standing"]
        return [
            "query": ["country": params["country"] ?? ""],
            "types": PartnerType.allCases.map {
                [
                    "value": $0.rawValue, "label": PortfolioMessages.typeName($0.rawValue),
                    "selected": $0.rawValue == (filter.type ?? params["type"]),
                ] as [String: Any]
            },
            "standings": service.portfolioStandings.map {
                ["value": $0, "label": RoleNames.sentence($0), "selected": $0 == params["standing"]]
                    as [String: Any]
            },
            "chips": set.map { name, value in
                let shown =
                    name == "type"
                    ? PortfolioMessages.typeName(value)
                    : name == "standing" ? RoleNames.sentence(value) : value
                return ["label": "\(labels[name] ?? name): \(shown)", "remove": link(without: name)]
            },
        ]
    }

    /// The report's tables (each with its chart and its CSV link) and lists.
    static func portfolioValues(_ report: PortfolioReport, query: String) -> [String: Any] {
        let tables = report.tables.map { table -> [String: Any] in
            let title = PortfolioMessages.title(table.id)
            let bars = table.rows.map {
                (label: PortfolioMessages.row($0.key, in: table.id), count: $0.cells.first ?? SmallCount(0))
            }
            return [
                "id": table.id, "title": title, "wide": table.columns.count > 1,
                "chart": BarChart.svg(id: "chart-\(table.id)", title: title, bars: bars),
                "row_heading": PortfolioMessages.column(table.rowName),
                "columns": table.columns.map { ["label": PortfolioMessages.column($0)] },
                "rows": table.rows.map { row in
                    [
                        "label": PortfolioMessages.row(row.key, in: table.id),
                        "cells": row.cells.map { ["text": $0.description] },
                    ] as [String: Any]
                },
                "totals": table.totals.map { $0.map { ["text": $0.description] } } ?? [],
                "has_totals": table.totals != nil,
                "csv": "/portfolio/csv/\(table.id)\(query)",
            ]
        }
        let expiring = report.expiring.prefix(portfolioListLimit).map {
            [
                "id": $0.partner, "name": $0.name, "country": $0.country,
                "type": PortfolioMessages.typeName($0.type), "expires": $0.expiresOn.description,
                "days": $0.daysLeft == 1 ? "1 day" : "\($0.daysLeft) days",
            ]
        }
        let plans = report.overduePlans.prefix(portfolioListLimit).map {
            [
                "id": $0.partner, "name": $0.name, "country": $0.country,
                "type": PortfolioMessages.typeName($0.type),
                "items": $0.itemsOverdue.map(String.init) ?? "Not recorded",
            ]
        }
        func more(_ count: Int) -> Any {
            count > portfolioListLimit
                ? "The first \(portfolioListLimit) of \(count) are shown; the CSV has them all." : false
        }
        return [
            "report": [
                "today": report.today.description,
                "partners_text": report.partners == 1 ? "1 partner" : "\(report.partners) partners",
                "window": PortfolioReport.expiryWindowDays,
                "tables": tables, "expiring": Array(expiring), "plans": Array(plans),
                "expiring_more": more(report.expiring.count), "plans_more": more(report.overduePlans.count),
                "expiring_csv": "/portfolio/csv/expiring\(query)",
                "plans_csv": "/portfolio/csv/plans\(query)",
                "suppressed": report.isSuppressed, "no_allegations": !report.showsAllegations,
                "threshold": SmallCount.threshold, "small_max": SmallCount.threshold - 1,
            ] as [String: Any]
        ]
    }
}
