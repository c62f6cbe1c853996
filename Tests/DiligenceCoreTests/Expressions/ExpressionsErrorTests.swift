import Testing

@testable import DiligenceCore

@Suite("Expressions: names and error locations")
struct ExpressionsErrorTests {
    @Test func unknownFieldSuggestsTheClosestName() {
        let error = compileError("capacity_levl == \"full\"")
        #expect(error?.code == .unknownField)
        #expect(
            error?.message == "unknown field \"capacity_levl\" in guard; did you mean \"capacity_level\"?")
        #expect(error?.location == at(1, 1))
    }

    @Test func unknownFieldWithoutAnyCloseNameHasNoSuggestion() {
        let error = compileError("open_red_flags == 0 && zzzzzz")
        #expect(error?.code == .unknownField)
        #expect(error?.message == "unknown field \"zzzzzz\" in guard")
        #expect(error?.location == at(1, 24))
    }

    @Test func dottedPathTypoSuggestsTheDottedPath() {
        let error = compileError("days_until(assessment.expire_on) > 30")
        #expect(
            error?.message
                == "unknown field \"assessment.expire_on\" in guard; did you mean \"assessment.expires_on\"?")
        #expect(error?.location == at(1, 12))
    }

    @Test func bareEnumValueAsksForQuotes() {
        let error = compileError("capacity_level == full")
        #expect(error?.code == .unknownField)
        #expect(
            error?.message
                == "\"full\" is not a field; to compare with the text full write \"full\" in quotes")
        #expect(error?.location == at(1, 19))

        let inList = compileError("capacity_level in [\"full\", medium]")
        #expect(
            inList?.message
                == "\"medium\" is not a field; to compare with the text medium write \"medium\" in quotes")
        #expect(inList?.location == at(1, 28))

        let reversed = compileError("low != capacity_level")
        #expect(reversed?.location == at(1, 1))
        #expect(reversed?.message.hasPrefix("\"low\" is not a field") == true)
    }

    @Test func unknownStateIsReportedAtTheLiteral() {
        let error = compileError("in_state(\"under_reviw\")")
        #expect(error?.code == .unknownState)
        #expect(error?.message == "there is no state \"under_reviw\" in this workflow")
        #expect(error?.location == at(1, 10))
    }

    @Test func unknownFunctionListsTheAvailableOnes() {
        let error = compileError("day_since(assessed_on) > 3")
        #expect(error?.code == .expressionSyntax)
        #expect(error?.location == at(1, 1))
        #expect(
            error?.message.hasPrefix("unknown function \"day_since\"; did you mean \"days_since\"?") == true)
        for name in [
            "days_since(date)", "days_until(date)", "today()", "count(list)", "contains(list, text)",
            "is_set(field)", "in_state(\"state\")",
        ] {
            #expect(error?.message.contains(name) == true, "\(name)")
        }
    }

    @Test func wrongNumberOfArguments() {
        let error = compileError("open_red_flags == 0 && days_since(assessed_on, today()) > 3")
        #expect(error?.code == .expressionSyntax)
        #expect(error?.message == "days_since takes 1 argument (a date), but 2 were given")
        #expect(error?.location == at(1, 24))
        #expect(
            compileError("today(1) == 2026-01-01")?.message == "today takes no arguments, but 1 was given")
    }

    @Test func functionArgumentsOfTheWrongForm() {
        let isSet = compileError("is_set(\"assessed_on\")")
        #expect(isSet?.code == .expressionSyntax)
        #expect(isSet?.location == at(1, 8))
        let inState = compileError("in_state(approved)")
        #expect(inState?.code == .expressionSyntax)
        #expect(inState?.message == "in_state needs a state id in quotes, such as in_state(\"under_review\")")
        #expect(inState?.location == at(1, 10))
    }

    @Test func anExpressionStartingAtLine7Column14() {
        let start = at(7, 14)
        let error = compileError("open_red_flags == 0 && capacity_levl == \"full\"", at: start)
        #expect(error?.code == .unknownField)
        #expect(error?.location == at(7, 37))
        #expect(error?.description == "Workflows/partner.yaml:7:37: " + (error?.message ?? ""))

        let syntax = compileError("open_red_flags ==", at: start)
        #expect(syntax?.location == at(7, 31))
        #expect(syntax?.message == "unexpected end of guard after \"==\"")
    }

    @Test func aMultiLineSourcePointsAtTheRightLine() {
        let source = """
            capacity_level in ["full", "medium"]
              && open_red_flags == 0
              && training_coverage >= "high"
            """
        let error = compileError(source, at: at(12, 10))
        #expect(error?.code == .expressionType)
        #expect(error?.message == "cannot compare training_coverage (decimal) with \"high\" (text)")
        #expect(error?.location == at(14, 27))
    }
}
