import DiligenceCore
import DiligenceTestSupport
import Testing

/// Errors in a scoring model: unknown scale or capacity level, bands that leave a gap, overlap or
/// fall, thresholds out of order or not starting at 0, must-haves that are not standards.
@Suite struct ScoringModelCheckTests {
    typealias T = QuestionnaireTexts

    @Test func anUnknownScoringScaleSuggestsTheKnownOne() throws {
        let error = try singleQuestionnaireError(T.edit(T.weighted, "  scale: s\n", "  scale: t\n"))
        expect(
            error, .unknownReference, line: 24, column: 10,
            mentions: ["scoring scale \"t\"", "did you mean \"s\"?"])
    }

    @Test func aWeightedScaleNeedsAWeightOnEveryLevel() throws {
        let error = try singleQuestionnaireError(T.edit(T.weighted, ", weight: 2}", "}"))
        expect(error, .missingKey, line: 6, column: 9, mentions: ["level \"high\"", "needs a weight"])
    }

    @Test func aGapBetweenBands() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "{max: 3, capacity: low}", "{max: 2, capacity: low}"))
        expect(
            error, .bandGap, line: 27, column: 7,
            mentions: ["the sum 3 falls in no band", "add up to 2 to 4"])
    }

    @Test func aGapAtTheTopOfTheSums() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "{min: 4, capacity: full}", "{min: 3, max: 3, capacity: full}")
                .replacingOccurrences(of: "{max: 3, capacity: low}", with: "{max: 2, capacity: low}"))
        expect(error, .bandGap, line: 27, column: 7, mentions: ["the sum 4 falls in no band"])
    }

    @Test func aGapAtTheBottomOfTheSums() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "{max: 3, capacity: low}", "{min: 3, max: 3, capacity: low}"))
        expect(error, .bandGap, line: 26, column: 7, mentions: ["the sum 2 falls in no band"])
    }

    @Test func overlappingBands() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "{min: 4, capacity: full}", "{min: 3, capacity: full}"))
        expect(
            error, .bandOverlap, line: 27, column: 7,
            mentions: ["the sums 3 fall in two bands", "the band at line 26"])
    }

    @Test func aBandOutsideThePossibleSums() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "{max: 3, capacity: low}", "{min: 1, max: 3, capacity: low}"))
        expect(error, .invalidValue, line: 26, column: 7, mentions: ["the band 1 to 3", "add up to 2 to 4"])
    }

    @Test func bandsWhoseCapacityFallsAsTheSumRises() throws {
        let text = T.edit(T.weighted, "{max: 3, capacity: low}", "{max: 3, capacity: full}")
        let error = try singleQuestionnaireError(
            T.edit(text, "{min: 4, capacity: full}", "{min: 4, capacity: low}"))
        expect(error, .notMonotonic, line: 27, column: 7, mentions: ["give low capacity", "full capacity"])
    }

    @Test func aBandNamingAnUnknownCapacityLevel() throws {
        let error = try singleQuestionnaireError(T.edit(T.weighted, "capacity: full}", "capacity: ful}"))
        expect(
            error, .unknownReference, line: 27, column: 26, mentions: ["\"ful\"", "did you mean \"full\"?"])
    }

    @Test func aBandNeedsAMinOrAMax() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "{max: 3, capacity: low}", "{capacity: low}"))
        expect(error, .missingKey, line: 26, column: 7, mentions: ["min:", "max:"])
    }

    @Test func aBandWhoseMinExceedsItsMax() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.weighted, "{min: 4, capacity: full}", "{min: 4, max: 3, capacity: full}"))
        expect(error, .invalidValue, line: 27, column: 7, mentions: ["from 4 down to 3"])
    }

    @Test func thresholdsThatAreNotMonotonic() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.counted, "{capacity: medium, min_met: 2}", "{capacity: medium, min_met: 3}"))
        expect(
            error, .notMonotonic, line: 10, column: 7,
            mentions: ["medium capacity needs 3", "full capacity (3, line 9)"])
    }

    @Test func thresholdsThatDoNotStartAtZero() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.counted, "{capacity: low, min_met: 0}", "{capacity: low, min_met: 1}"))
        expect(
            error, .bandGap, line: 11, column: 7,
            mentions: ["with 0 standards met no threshold applies", "min_met: 0"])
    }

    @Test func aThresholdAboveTheNumberOfStandards() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.counted, "{capacity: full, min_met: 3}", "{capacity: full, min_met: 4}"))
        expect(
            error, .invalidValue, line: 9, column: 33,
            mentions: ["min_met 4 cannot be reached", "3 standards"])
    }

    @Test func twoThresholdsForOneLevel() throws {
        let error = try singleQuestionnaireError(
            T.edit(T.counted, "{capacity: medium, min_met: 2}", "{capacity: full, min_met: 2}"))
        expect(
            error, .duplicateID, line: 10, column: 18,
            mentions: ["full capacity has a threshold already (line 9)"])
    }

    @Test func aMustHaveThatIsNotAStandard() throws {
        let error = try singleQuestionnaireError(T.edit(T.counted, "must_have: [a]", "must_have: [policy]"))
        expect(error, .unknownReference, line: 12, column: 15, mentions: ["\"policy\" is not a standard"])
    }

    @Test func aMustHaveWithATypoSuggestsTheStandard() throws {
        let text = T.edit(T.counted, "{id: c, title: C", "{id: reporting, title: C")
        let error = try singleQuestionnaireError(T.edit(text, "must_have: [a]", "must_have: [a, reportng]"))
        expect(error, .unknownReference, line: 12, column: 18, mentions: ["did you mean \"reporting\"?"])
    }

    @Test func anUnknownModelSuggestsTheKnownOne() throws {
        let error = try singleQuestionnaireError(T.edit(T.counted, "model: count_of_met", "model: count_met"))
        expect(
            error, .invalidValue, line: 7, column: 10,
            mentions: ["\"count_met\"", "did you mean \"count_of_met\"?"])
    }

    @Test func aKeyOfTheOtherModel() throws {
        let error = try singleQuestionnaireError(T.counted + "\n  scale: s")
        expect(
            error, .unknownKey, line: 13, column: 3,
            mentions: ["\"scale\" belongs to the other scoring model"])
    }
}
