import Testing

@testable import DiligenceCore

/// Which days an expression can change on with the date alone, the facts it reads staying put.
@Suite struct DateSensitivityTests {
    private func sensitivity(_ source: String) throws -> DateSensitivity {
        try ExpressionCompiler.compile(source, at: testFile, in: PartnerFacts()).dateSensitivity
    }

    private func day(_ text: String) -> LocalDate { LocalDate(text)! }

    @Test func anExpressionWithoutTheDateNeverChangesWithIt() throws {
        #expect(try sensitivity(#"capacity_level in ["low", "none"] && open_red_flags == 0"#) == .none)
        #expect(try sensitivity("training_coverage < training_coverage_required") == .none)
    }

    /// The shipped rules' forms: `days_until` against whole numbers, negated ones and decimals.
    @Test func dateFunctionsAgainstConstantsListTheirOffsets() throws {
        #expect(
            try sensitivity(
                "days_until(assessment_expires_on) > 0 && days_until(assessment_expires_on) <= 365")
                == .offsets([0, 365], dates: []))
        #expect(try sensitivity("days_since(assessment_final_on) >= -30") == .offsets([0, 30], dates: []))
        #expect(
            try sensitivity("days_since(assessment_final_on) > 10.5") == .offsets([0, 10, 11], dates: []))
        #expect(
            try sensitivity("days_until(assessment_expires_on) in [30, 60]")
                == .offsets([0, 30, 60], dates: []))
        #expect(
            try sensitivity("today() >= 2027-01-01 || !(days_until(2027-06-30) < 7)")
                == .offsets([0, 7], dates: [day("2027-01-01"), day("2027-06-30")]))
        #expect(try sensitivity("today() > assessment_expires_on") == .offsets([0], dates: []))
    }

    /// A date function compared with another fact changes on days no list can give.
    @Test func aDateFunctionAgainstAFactChangesAnyDay() throws {
        #expect(try sensitivity("days_until(assessment_expires_on) <= open_allegations") == .daily)
        #expect(
            try sensitivity("days_since(assessment_final_on) > days_until(assessment_expires_on)") == .daily)
        #expect(
            try sensitivity("plan_overdue || days_since(assessment_final_on) < plan_items_overdue") == .daily)
    }

    @Test func combiningKeepsTheStrongest() {
        let some = DateSensitivity.offsets([0, 5], dates: [])
        #expect(DateSensitivity.none.combined(with: some) == some)
        #expect(some.combined(with: .daily) == .daily)
        #expect(
            some.combined(with: .offsets([365], dates: [day("2027-01-01")]))
                == .offsets([0, 5, 365], dates: [day("2027-01-01")]))
    }

    /// The next change is the first day after today at an offset from a date read, on either side
    /// and the day after it (a comparison may hold from the day or from the next).
    @Test func theNextChangeIsTheFirstListedDayAfterToday() {
        let rules = DateSensitivity.offsets([0, 365], dates: [])
        let expires = day("2031-01-10")
        #expect(rules.nextChange(after: day("2026-01-10"), inputs: [expires]) == day("2030-01-10"))
        #expect(rules.nextChange(after: day("2030-01-10"), inputs: [expires]) == day("2030-01-11"))
        #expect(rules.nextChange(after: day("2030-01-11"), inputs: [expires]) == day("2031-01-10"))
        #expect(rules.nextChange(after: day("2031-01-11"), inputs: [expires]) == day("2032-01-10"))
        #expect(rules.nextChange(after: day("2032-01-11"), inputs: [expires]) == nil)
        #expect(rules.nextChange(after: day("2026-01-10"), inputs: []) == nil)
        #expect(DateSensitivity.none.nextChange(after: day("2026-01-10"), inputs: [expires]) == nil)
        #expect(DateSensitivity.daily.nextChange(after: day("2026-01-10"), inputs: []) == day("2026-01-11"))
        let written = DateSensitivity.offsets([0], dates: [day("2027-01-01")])
        #expect(written.nextChange(after: day("2026-12-31"), inputs: []) == day("2027-01-01"))
    }

    /// What `tick` reads the days from: for every pair of days where an expression's value differs,
    /// a listed day lies after the first and no later than the second.
    @Test func noChangeFallsBetweenTheListedDays() throws {
        let sources = [
            "days_until(assessment_expires_on) > 0 && days_until(assessment_expires_on) <= 365",
            "days_until(assessment_expires_on) <= 0", "days_since(assessment_final_on) >= 30",
            "today() >= 2026-03-01", "today() > assessment_final_on",
        ]
        let final = day("2026-02-10")
        let expires = day("2026-05-20")
        for source in sources {
            let expression = try ExpressionCompiler.compile(source, at: testFile, in: PartnerFacts())
            func holds(_ day: Int) -> Bool {
                var facts = PartnerFactValues(now: LocalDate(daysSinceEpoch: day).startOfDay)
                facts.assessmentFinalOn = final
                facts.assessmentExpiresOn = expires
                return expression.isSatisfied(in: facts)
            }
            let start = day("2025-01-01").daysSinceEpoch
            var today = start
            while today < start + 800 {
                let next =
                    expression.dateSensitivity.nextChange(
                        after: LocalDate(daysSinceEpoch: today), inputs: [final, expires])?.daysSinceEpoch
                    ?? start + 800
                for between in today + 1..<min(next, start + 800) {
                    #expect(holds(between) == holds(today), "\(source) changed on day \(between)")
                }
                today = next
            }
        }
    }
}
