import Testing

@testable import DiligenceCore

@Suite("Expressions: type checking")
struct ExpressionsTypeCheckTests {
    private func typeError(_ source: String, expecting: ValueType? = .bool) -> (String, Int)? {
        guard let error = compileError(source, expecting: expecting) else { return nil }
        #expect(error.code == .expressionType, "\(source): \(error)")
        #expect(error.location.line == 1)
        return (error.message, error.location.column)
    }

    @Test func resultTypesOfWellTypedExpressions() throws {
        #expect(try compile("open_red_flags == 0").type == .bool)
        #expect(try compile("days_since(assessed_on)", expecting: nil).type == .int)
        #expect(try compile("today()", expecting: .date).type == .date)
        #expect(
            try compile("capacity_level", expecting: .string).type
                == .enumeration(values: TestScope.capacityLevels))
        #expect(try compile("-0.5", expecting: nil).type == .decimal)
        #expect(try compile("-review_period", expecting: .duration).type == .duration)
        #expect(try compile("count(documents)", expecting: .decimal).type == .int)
    }

    @Test func enumLiteralMustBeOneOfTheValues() {
        let result = typeError("capacity_level == \"hgih\"")
        #expect(result?.0 == "\"hgih\" is not a value of capacity_level (full, medium, low, none)")
        #expect(result?.1 == 19)
        let inList = typeError("capacity_level in [\"full\", \"meduim\"]")
        #expect(inList?.0 == "\"meduim\" is not a value of capacity_level (full, medium, low, none)")
        #expect(inList?.1 == 28)
        let reversed = typeError("\"partial\" != capacity_level")
        #expect(reversed?.1 == 1)
    }

    @Test func mismatchedComparisons() {
        #expect(
            typeError("training_coverage == \"high\"")?.0
                == "cannot compare training_coverage (decimal) with \"high\" (text)")
        #expect(typeError("assessed_on == 3")?.0 == "cannot compare assessed_on (date) with 3 (whole number)")
        #expect(typeError("assessed_on < review_period")?.1 == 15)
        #expect(
            typeError("capacity_level == partner_name")?.0
                == "cannot compare capacity_level (one of full, medium, low, none) with partner_name (text)")
        #expect(
            typeError("capacity_level == risk_level")?.0
                == "cannot compare capacity_level with risk_level: they do not have the same list of values")
        #expect(typeError("agreement_signed == 1")?.1 == 21)
    }

    @Test func orderingNeedsNumbersDatesOrDurations() {
        let result = typeError("capacity_level < \"low\"")
        #expect(result?.0 == "\"<\" works on numbers, dates and durations, but capacity_level is text")
        #expect(result?.1 == 1)
        #expect(
            typeError("agreement_signed >= true")?.0.contains("agreement_signed is true or false") == true)
    }

    @Test func logicNeedsTrueOrFalse() {
        let and = typeError("open_red_flags == 0 && score")
        #expect(and?.0 == "\"&&\" needs true or false, but score gives a number")
        #expect(and?.1 == 24)
        #expect(typeError("partner_name || agreement_signed")?.1 == 1)
        #expect(typeError("!capacity_level")?.0 == "\"!\" needs true or false, but capacity_level gives text")
    }

    @Test func guardsMustGiveTrueOrFalse() {
        let result = typeError("days_since(assessed_on)")
        #expect(result?.0 == "the guard must be true or false, but this gives a number")
        #expect(result?.1 == 1)
        #expect(typeError("  assessed_on")?.1 == 3)
        #expect(
            typeError("open_red_flags == 0", expecting: .date)?.0
                == "the expression must give a date, but this gives true or false")
    }

    @Test func expectedChoiceAcceptsOneOfItsValues() throws {
        let level = ValueType.enumeration(values: TestScope.capacityLevels)
        #expect(try compile("'medium'", expecting: level).type == .string)
        #expect(
            try compile("prior_capacity", expecting: level).type
                == .enumeration(values: ["none", "low", "medium", "full"]))
        #expect(
            typeError("'high'", expecting: level)?.0
                == "the expression must give one of full, medium, low, none, but this gives text")
    }

    @Test func inNeedsAListOfComparableValues() {
        #expect(typeError("score in [1, \"two\"]")?.1 == 14)
        #expect(
            typeError("score in documents")?.0
                == "only texts can be looked up in a list field, but score is a number")
        #expect(typeError("partner_name in country")?.0.hasPrefix("\"in\" needs a list") == true)
    }

    @Test func functionArgumentTypes() {
        #expect(
            typeError("days_since(partner_name) > 3")?.0
                == "days_since needs a date, but partner_name is text")
        #expect(typeError("count(partner_name) > 3")?.1 == 7)
        #expect(typeError("contains(documents, 3)")?.1 == 21)
    }

    @Test func negationNeedsANumberOrDuration() {
        #expect(
            typeError("-partner_name == \"x\"")?.0
                == "\"-\" works on numbers and durations, but partner_name is text")
    }

    @Test func acceptedMixes() throws {
        let sources = [
            "training_coverage >= 1 && score == 2.0 && score in [1, 2.5]",
            "capacity_level == prior_capacity",
            "\"full\" == capacity_level && partner_name == 'UNICEF'",
            "capacity_level in documents && partner_name not in documents",
            "assessed_on < 2026-01-01 && review_period >= 6mo && -score < 0",
        ]
        for source in sources {
            #expect(try compile(source).type == .bool, "\(source)")
        }
    }
}
