import Foundation
import Testing

@testable import DiligenceCore

@Suite("Expressions: lexer")
struct ExpressionsLexerTests {
    private func kinds(_ source: String) throws -> [ExpressionToken.Kind] {
        var lexer = ExpressionLexer(source, at: testFile)
        return try lexer.tokenize().map(\.kind)
    }

    @Test func booleans() throws {
        #expect(try kinds("true false") == [.bool(true), .bool(false), .end])
    }

    @Test func integersAndUnaryMinus() throws {
        #expect(try kinds("42 -3") == [.integer(42), .minus, .integer(3), .end])
    }

    @Test func decimals() throws {
        #expect(try kinds("0.85") == [.decimal(Decimal(string: "0.85")!), .end])
    }

    @Test func stringsInBothQuotesWithEscapes() throws {
        #expect(try kinds(#""full""#) == [.string("full"), .end])
        #expect(try kinds("'low'") == [.string("low"), .end])
        #expect(try kinds(#""say \"hi\" \\ it's\n""#) == [.string("say \"hi\" \\ it's\n"), .end])
        #expect(try kinds(#"'it\'s'"#) == [.string("it's"), .end])
    }

    @Test func bareDates() throws {
        #expect(try kinds("2026-03-31") == [.date(LocalDate(year: 2026, month: 3, day: 31)!), .end])
    }

    @Test func shortDurations() throws {
        let expected: [(String, CalendarDuration)] = [
            ("30d", .days(30)), ("2w", .days(14)), ("12h", CalendarDuration(seconds: 43_200)),
            ("45min", CalendarDuration(seconds: 2_700)), ("6mo", CalendarDuration(months: 6)),
            ("5y", CalendarDuration(months: 60)), ("1y6mo", CalendarDuration(months: 18)),
        ]
        for (text, duration) in expected {
            #expect(try kinds(text) == [.duration(duration), .end], "\(text)")
        }
    }

    @Test func pathsKeywordsAndOperators() throws {
        let source = "assessment.expires_on not in [a] || !(x) && y != z <= >= < > == , -"
        #expect(
            try kinds(source) == [
                .identifier("assessment.expires_on"), .keywordNot, .keywordIn, .leftBracket,
                .identifier("a"), .rightBracket, .or, .bang, .leftParen, .identifier("x"), .rightParen,
                .and, .identifier("y"), .notEqual, .identifier("z"), .lessEqual, .greaterEqual, .less,
                .greater, .equal, .comma, .minus, .end,
            ])
    }

    @Test func tokenRangesCountUnicodeScalars() throws {
        var lexer = ExpressionLexer("\"é\" == x", at: testFile)
        let tokens = try lexer.tokenize()
        #expect(tokens.map(\.range) == [0..<3, 4..<6, 7..<8, 8..<8])
    }

    @Test func invalidLiteralsAreSyntaxErrors() {
        let cases: [(String, Int, String)] = [
            ("2026-02-30", 1, "2026-02-30 is not a real date"),
            ("2026-3-31", 1, "YYYY-MM-DD"),
            ("x == 30x", 6, "\"30x\" is not a duration"),
            ("x == \"open", 6, "no closing \""),
            ("x == 'a\\tb'", 8, "\"\\t\" is not allowed"),
            ("x = 1", 3, "use \"==\""),
            ("a & b", 3, "use \"&&\""),
            ("a | b", 3, "use \"||\""),
            ("a == $", 6, "\"$\" cannot be used"),
            ("n == 99999999999999999999", 6, "too large"),
        ]
        for (source, column, fragment) in cases {
            let error = compileError(source)
            #expect(error?.code == .expressionSyntax, "\(source)")
            #expect(error?.location == at(1, column), "\(source)")
            #expect(error?.message.contains(fragment) == true, "\(source): \(String(describing: error))")
        }
    }
}
