import DiligenceTestSupport
import Testing

@testable import DiligenceCore

/// Durations are at most 100 years wherever they are read: `after: 9000y` was accepted (a deadline
/// with a five-digit year fired on the first tick), `300000000y` crashed `assessment start`, and a
/// count past the integers crashed the loader.
@Suite struct DurationBoundsTests {
    @Test func durationsUpToOneHundredYearsParse() {
        #expect(CalendarDuration("100y") == CalendarDuration(months: 1_200))
        #expect(CalendarDuration("P100Y") == CalendarDuration(months: 1_200))
        #expect(CalendarDuration("36500d") != nil)
    }

    @Test(arguments: [
        "101y", "9000y", "300000000y", "P9000Y", "99999999999999999999y", "9223372036854775807y",
        "1537228672809129301y", "P1537228672809129301W", "100y1d",
    ])
    func longerDurationsAreRefusedAsTooLong(_ text: String) {
        #expect(CalendarDuration(text) == nil)
        #expect(CalendarDuration.isTooLong(text))
    }

    @Test func malformedDurationsAreNotCalledTooLong() {
        #expect(!CalendarDuration.isTooLong("30 days"))
        #expect(!CalendarDuration.isTooLong("P"))
    }

    @Test func deadlineAfterNineThousandYearsIsAnError() throws {
        try Refusal(
            "a deadline after 9000 years",
            WorkflowYAML.workflow(
                states: WorkflowYAML.goToFinal(inA: "    deadlines:\n      - after: 9000y\n        send: go")),
            .invalidValue, line: 7, column: 16, mentions: ["\"9000y\"", "100 years"]
        ).check()
    }

    @Test func guardDurationPastTheIntegersIsAnError() throws {
        let error = try #require(compileError("review_period > 1537228672809129301y"))
        #expect(error.message.contains("too long"), "\(error)")
        #expect(error.location.column == 17, "\(error)")
    }

    @Test func enteredDurationOverOneHundredYearsIsRefused() {
        #expect(throws: ValueParseError.self) { try Value.parse("300000000y", as: .duration) }
    }
}
