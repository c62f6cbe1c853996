import DiligenceApp
import DiligenceCore
import DiligenceWebForms
import Foundation
import Testing

@testable import DiligenceServer

/// What the portfolio and indicators pages make of a request and a report: filters read from the
/// URL, bad values worded beside their field, CSV cells a spreadsheet would run neutralised, and
/// charts that carry a title, a description and no markup from the data.
@Suite struct PortfolioPageTests {
    @Test func theFiltersAreReadFromTheURLAndLongValuesCut() throws {
        let filter = WebApp.portfolioFilter(
            try #require(
                WebForm(urlEncoded: "country=ke&type=ngo&standing=" + String(repeating: "s", count: 99))))
        #expect(filter.country == "ke" && filter.type == "ngo" && filter.standing?.count == 60)
        #expect(WebApp.portfolioFilter(try #require(WebForm(urlEncoded: "country=&type="))).isEmpty)
        #expect(
            WebApp.portfolioQuery(PortfolioFilter(country: "KE", standing: "a b"))
                == "?country=KE&standing=a%20b")
        #expect(WebApp.portfolioQuery(PortfolioFilter()) == "")
    }

    @Test func aBadFilterValueIsWordedBesideItsField() {
        let country = PortfolioMessages.filterError(
            DiligenceError(.invalidValue, field: .country, ["value": "Kenya"]))
        #expect(
            country
                == FieldError(
                    field: "country", message: "Enter the country as a two-letter code, such as KE or CO"))
        let type = PortfolioMessages.filterError(
            DiligenceError(
                .invalidValue, field: .partnerType,
                ["value": "ngoo", "suggestion": "ngo", "known": "cso, ngo"]))
        #expect(
            type?.field == "type"
                && type?.message == "\"ngoo\" is not a type of partner; did you mean \"ngo\"?")
        let standing = PortfolioMessages.filterError(
            DiligenceError(
                .invalidValue, field: .recordState, ["value": "x", "known": "registered, suspended"]))
        #expect(
            standing?.message == "\"x\" is not a standing of a partner; choose one of Registered, Suspended")
        let year = PortfolioMessages.filterError(
            DiligenceError(.invalidValue, field: .year, ["value": "20x5", "latest": "2026"]))
        #expect(
            year == FieldError(field: "year", message: "Enter the year as four digits, from 1900 to 2026"))
        #expect(PortfolioMessages.filterError(DiligenceError(.notAllowed, field: .actingRole)) == nil)
    }

    @Test func theCSVNeutralisesFormulasAndKeepsNumbers() {
        var document = CSVDocument(header: ["id", "name", "count"])
        for (name, count) in [
            ("=HYPERLINK(\"http://x\")", "3"), ("+SUM(A1)", "-2"), ("-1+1", "0"), ("@cmd", "<3"),
        ] {
            document.append(["P-0001", name, count])
        }
        let response = WebApp.csvResponse(document, filename: "portfolio-country-2026-12-06.csv")
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
        #expect(
            response.headers[.contentDisposition]
                == "attachment; filename=\"portfolio-country-2026-12-06.csv\"")
        let lines = document.text.components(separatedBy: "\r\n")
        #expect(
            lines == [
                "id,name,count", "P-0001,\"'=HYPERLINK(\"\"http://x\"\")\",3", "P-0001,'+SUM(A1),-2",
                "P-0001,'-1+1,0",
                "P-0001,'@cmd,<3", "",
            ])
    }

    @Test func aChartHasItsTitleAndNumbersAndEscapesItsLabels() {
        let svg = BarChart.svg(
            id: "chart-x", title: "Partners by <type>",
            bars: [("A & B", SmallCount(4)), ("C", .suppressed), ("D", SmallCount(0))])
        #expect(
            svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"chart-x-title chart-x-desc\""))
        #expect(svg.contains("<title id=\"chart-x-title\">Partners by &lt;type&gt;</title>"))
        #expect(svg.contains("<desc id=\"chart-x-desc\">A &amp; B: 4; C: &lt;3; D: 0.</desc>"))
        // One bar only: a suppressed count and a zero draw none.
        #expect(svg.components(separatedBy: "<rect").count == 2)
        #expect(svg.contains("width=\"\(BarChart.barArea)\" height=\"16\""))
    }
}
