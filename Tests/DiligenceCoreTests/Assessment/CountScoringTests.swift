import DiligenceCore
import DiligenceTestSupport
import Testing

/// The count-of-met model: every threshold edge, with and without must-have standards.
@Suite struct CountScoringTests {
    func ratings(_ questionnaire: Questionnaire, met: Set<String>) -> [String: StandardRating] {
        Dictionary(
            uniqueKeysWithValues: questionnaire.standards.map {
                ($0.id, met.contains($0.id) ? .met : .notMet)
            })
    }

    @Test func shippedCommonToolGivesFullAtEightMediumAtSixOrSevenLowBelow() throws {
        let questionnaire = try QuestionnaireFixtures.shipped("psea-common")
        guard case .countOfMet(let model) = questionnaire.scoring else {
            Issue.record("psea-common must use the count_of_met model")
            return
        }
        #expect(model.mustHave.isEmpty)
        #expect(model.thresholds.map(\.minimumMet) == [8, 6, 0])
        let ids = questionnaire.standards.map(\.id)
        #expect(ids.count == 8)
        // Every subset of the eight standards: the level depends on the count only.
        for mask in 0..<256 {
            let met = Set(ids.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
            let expected: CapacityLevel = met.count == 8 ? .full : met.count >= 6 ? .medium : .low
            let outcome = try Scoring.determine(questionnaire, ratings: ratings(questionnaire, met: met))
            let determination = try #require(outcome.determination)
            #expect(determination.score == met.count)
            #expect(determination.capacity == expected, "met \(met.sorted())")
            #expect(determination.cappedBy.isEmpty)
        }
    }

    @Test func shippedCommonToolThresholdEdgesAndRanges() throws {
        let questionnaire = try QuestionnaireFixtures.shipped("psea-common")
        let ids = questionnaire.standards.map(\.id)
        let edges: [(Int, CapacityLevel, ClosedRange<Int>)] = [
            (0, .low, 0...5), (5, .low, 0...5), (6, .medium, 6...7), (7, .medium, 6...7), (8, .full, 8...8),
        ]
        for (count, capacity, range) in edges {
            let outcome = try Scoring.determine(
                questionnaire, ratings: ratings(questionnaire, met: Set(ids.prefix(count))))
            let determination = try #require(outcome.determination)
            #expect(determination.capacity == capacity, "\(count) met")
            #expect(determination.scoreRange == range, "\(count) met")
            #expect(determination.possibleScores == 0...8)
        }
        let seven = try Scoring.determine(
            questionnaire, ratings: ratings(questionnaire, met: Set(ids.prefix(7))))
        #expect(
            seven.explanation == "7 of 8 standards are met; 6 to 7 met means medium capacity (moderate risk)."
        )
    }

    @Test func everyEdgeWithMustHaves() throws {
        let questionnaire = try QuestionnaireFixtures.questionnaire(QuestionnaireFixtures.countWithMustHaves)
        // (met, expected level, capped by)
        let cases: [(Set<String>, CapacityLevel, [String])] = [
            (["a", "b", "c", "d"], .full, []),
            (["a", "b", "c"], .medium, []),  // 3 met, both must-haves met
            (["b", "c", "d"], .medium, []),
            (["a", "c", "d"], .low, ["b"]),  // 3 met would be medium; b caps it at low
            (["a", "b", "d"], .low, ["c"]),
            (["a", "d"], .low, []),  // 2 met is low already: the cap lowers nothing
            (["b", "c"], .low, []),
            (["a"], .low, []),  // 1 met: the edge of low
            ([], .none, []),  // 0 met: below the cap already
        ]
        for (met, capacity, cappedBy) in cases {
            let outcome = try Scoring.determine(questionnaire, ratings: ratings(questionnaire, met: met))
            let determination = try #require(outcome.determination)
            #expect(determination.score == met.count)
            #expect(determination.capacity == capacity, "met \(met.sorted())")
            #expect(determination.cappedBy == cappedBy, "met \(met.sorted())")
        }
        let capped = try Scoring.determine(
            questionnaire, ratings: ratings(questionnaire, met: ["a", "c", "d"]))
        #expect(
            capped.explanation
                == "3 of 4 standards are met; 3 met means medium capacity, but the must-have standard Bravo is not met, which caps the level at low capacity (high risk)."
        )
        let both = try Scoring.determine(questionnaire, ratings: ratings(questionnaire, met: ["a", "d"]))
        #expect(both.determination?.capacity == .low)
    }

    @Test func aMustHaveCapAtMediumLeavesMediumAlone() throws {
        let yaml = QuestionnaireFixtures.countWithMustHaves.replacingOccurrences(
            of: "must_have_cap: low", with: "must_have_cap: medium")
        let questionnaire = try QuestionnaireFixtures.questionnaire(yaml)
        let all = try Scoring.determine(questionnaire, ratings: ratings(questionnaire, met: ["a", "c", "d"]))
        #expect(all.determination?.capacity == .medium)
        #expect(all.determination?.cappedBy == [])
        let full = ratings(questionnaire, met: ["a", "b", "c", "d"])
        #expect(try Scoring.determine(questionnaire, ratings: full).determination?.capacity == .full)
    }

    @Test func mustHaveCapDefaultsToLow() throws {
        let yaml = QuestionnaireFixtures.countWithMustHaves.replacingOccurrences(
            of: "  must_have_cap: low\n", with: "")
        let questionnaire = try QuestionnaireFixtures.questionnaire(yaml)
        guard case .countOfMet(let model) = questionnaire.scoring else {
            Issue.record("count_of_met expected")
            return
        }
        #expect(model.mustHaveCap == .low)
        #expect(model.mustHave == ["b", "c"])
    }
}
