import Foundation
import Testing

@testable import DiligenceCore

@Suite struct NumberingTests {
    /// The pattern the numbering is defined by, applied the slow way as the reference.
    static func byPattern(_ text: String) -> String {
        var result = Substring(text).drop(while: \.isWhitespace)
        for _ in 0..<2 {
            guard
                let range = result.range(
                    of:
                        #"^(\(?[0-9]+(\.[0-9]+)*[.)]?|\([a-zA-Z]{1,4}\)|[a-zA-Z]{1,4}\)|[a-hA-H]\.|[ivxIVX]{1,4}\.)\s+"#,
                    options: .regularExpression)
            else { break }
            result = result[range.upperBound...]
        }
        return String(result)
    }

    static let samples = [
        "1. The Partner shall", "1) The Partner", "12.3 Reporting", "12.3. Reporting", "(a) personnel",
        "a) personnel",
        "(iv) survivors", "iv. survivors", "b. training", "h. records", "j. not a number", "1.2.3 deep",
        "(12.3) x",
        "1. (a) both", "(a) 1. both", "The Partner shall", "2026 was a year", "12abc", "1.2x", "(1)x",
        "abcde) x",
        "(abcde) x", "  3.  spaced", "x) one", "xii. twelve", "xviii. eighteen", "I. Roman", "ii.no space",
        "",
        "(", "1", "1.", "a)", "(a)", "Article 5 of", "5 persons", "C.1 clause", "e.g. example",
        "i.e. that is",
    ]

    @Test(arguments: samples)
    func strippingMatchesThePattern(_ text: String) {
        #expect(AgreementText.stripNumbering(text) == Self.byPattern(text))
    }
}
