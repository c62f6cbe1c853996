import DiligenceCore
import Foundation
import Testing

@Suite struct LocalDateTests {
    @Test func parsesAndPrints() throws {
        let date = try #require(LocalDate("2026-03-31"))
        #expect(date.description == "2026-03-31")
        #expect(date.components == (2026, 3, 31))
        #expect(LocalDate("1970-01-01")?.daysSinceEpoch == 0)
        #expect(LocalDate("1969-12-31")?.daysSinceEpoch == -1)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
    }

    @Test(arguments: [
        "2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01", "", "abcd-ef-gh",
    ])
    func rejectsImpossibleOrMalformedDates(_ text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test func addsCalendarMonthsClampingTheDay() throws {
        let january31 = try #require(LocalDate("2026-01-31"))
        #expect(january31.adding(months: 1).description == "2026-02-28")
        #expect(try #require(LocalDate("2024-01-31")).adding(months: 1).description == "2024-02-29")
        #expect(january31.adding(months: 12).description == "2027-01-31")
        #expect(january31.adding(months: -2).description == "2025-11-30")
    }

    @Test func ordersAndConvertsInstants() throws {
        let instant = Date(timeIntervalSince1970: 86_400 * 3 + 3_600)
        #expect(LocalDate(instant).description == "1970-01-04")
        #expect(LocalDate(instant).startOfDay == Date(timeIntervalSince1970: 86_400 * 3))
        #expect(try #require(LocalDate("2026-01-01")) < #require(LocalDate("2026-01-02")))
    }
}

@Suite struct CalendarDurationTests {
    @Test func shortForms() {
        #expect(CalendarDuration("30d") == .days(30))
        #expect(CalendarDuration("2w") == .days(14))
        #expect(CalendarDuration("12h") == CalendarDuration(seconds: 43_200))
        #expect(CalendarDuration("45min") == CalendarDuration(seconds: 2_700))
        #expect(CalendarDuration("6mo") == CalendarDuration(months: 6))
        #expect(CalendarDuration("5y") == CalendarDuration(months: 60))
        #expect(CalendarDuration("1y6mo") == CalendarDuration(months: 18))
    }

    @Test func isoForms() {
        #expect(CalendarDuration("P30D") == .days(30))
        #expect(CalendarDuration("P6M") == CalendarDuration(months: 6))
        #expect(CalendarDuration("P2W") == .days(14))
        #expect(CalendarDuration("PT12H") == CalendarDuration(seconds: 43_200))
        #expect(
            CalendarDuration("P1Y2M3DT4H5M6S")
                == CalendarDuration(months: 14, seconds: 3 * 86_400 + 4 * 3_600 + 5 * 60 + 6))
    }

    @Test(arguments: ["", "30", "d", "30 days", "3x", "P", "PT", "P1H", "PT1D", "P1DT2HT3M", "-5d", "1.5d"])
    func invalidForms(_ text: String) {
        #expect(CalendarDuration(text) == nil)
    }

    @Test func printsTheShortForm() {
        #expect(CalendarDuration(months: 18).description == "1y6mo")
        #expect(CalendarDuration(seconds: 90_061).description == "1d1h1min1s")
        #expect(CalendarDuration().description == "0d")
    }

    @Test func addsMonthsThenSeconds() throws {
        let start = try #require(LocalDate("2026-01-31")).startOfDay.addingTimeInterval(3_600)
        let due = try #require(CalendarDuration("1mo1d")).after(start)
        #expect(due == (try #require(LocalDate("2026-03-01")).startOfDay.addingTimeInterval(3_600)))
        #expect(CalendarDuration.days(2).after(start) == start.addingTimeInterval(172_800))
    }
}

@Suite struct ValueParseTests {
    @Test func parsesEveryType() throws {
        #expect(try Value.parse("yes", as: .bool) == .bool(true))
        #expect(try Value.parse("False", as: .bool) == .bool(false))
        #expect(try Value.parse(" 42 ", as: .int) == .int(42))
        #expect(try Value.parse("-0.85", as: .decimal) == .decimal(Decimal(string: "-0.85")!))
        #expect(try Value.parse(" keep spaces ", as: .string) == .string(" keep spaces "))
        #expect(try Value.parse("full", as: .enumeration(values: ["full", "low"])) == .string("full"))
        #expect(try Value.parse("2026-03-31", as: .date) == .date(LocalDate("2026-03-31")!))
        #expect(try Value.parse("P6M", as: .duration) == .duration(CalendarDuration(months: 6)))
        #expect(try Value.parse("[a, b ,c]", as: .stringList) == .list(["a", "b", "c"]))
        #expect(try Value.parse("a,b", as: .stringList) == .list(["a", "b"]))
        #expect(try Value.parse("[]", as: .stringList) == .list([]))
    }

    @Test func rejectsWhatDoesNotFitAndSaysWhatWasExpected() {
        let cases: [(String, ValueType, String)] = [
            ("maybe", .bool, "true or false"),
            ("4.5", .int, "a whole number"),
            ("1e3", .decimal, "a number such as 0.85"),
            ("1.2.3", .decimal, "a number such as 0.85"),
            ("medium", .enumeration(values: ["full", "low"]), "one of full, low"),
            ("31/03/2026", .date, "a date as YYYY-MM-DD"),
            ("soon", .duration, "a duration"),
        ]
        for (text, type, expected) in cases {
            #expect(throws: ValueParseError.self) { try Value.parse(text, as: type) }
            do {
                _ = try Value.parse(text, as: type)
            } catch {
                #expect(error.text == text)
                #expect(error.expected.hasPrefix(expected), "\(error.expected)")
                #expect(error.description.hasPrefix("\"\(text)\" is not"))
            }
        }
    }

    @Test func displaysAndConforms() {
        #expect(Value.list(["a", "b"]).display == "[a, b]")
        #expect(Value.duration(CalendarDuration(months: 6)).display == "6mo")
        #expect(Value.int(3).conforms(to: .decimal))
        #expect(!Value.decimal(3).conforms(to: .int))
        #expect(Value.string("low").conforms(to: .enumeration(values: ["low"])))
        #expect(!Value.string("high").conforms(to: .enumeration(values: ["low"])))
    }
}
