import DiligenceCore
import DiligenceTestSupport
import Testing

/// The shipped weighted-sum questionnaire, scored for every possible set of ratings.
@Suite struct WeightedScoringTests {
    @Test func shippedBandsAreTheDocumentedOnes() throws {
        let questionnaire = try QuestionnaireFixtures.shipped("psea-unicef-2020")
        guard case .weightedSum(let model) = questionnaire.scoring else {
            Issue.record("psea-unicef-2020 must use the weighted_sum model")
            return
        }
        #expect(model.scale == "unicef-2020")
        #expect(model.bands.map(\.sums) == [6...8, 9...14, 15...18])
        #expect(model.bands.map(\.capacity) == [.low, .medium, .full])
        let scale = try #require(questionnaire.scale(model.scale))
        #expect(scale.levels.map(\.id) == ["absent", "progressing", "adequate"])
        #expect(scale.levels.map(\.weight) == [1, 2, 3])
        #expect(Scoring.possibleScores(of: questionnaire) == 6...18)
    }

    @Test func everyOneOfThe729RatingCombinationsFallsInTheFilesBand() throws {
        let questionnaire = try QuestionnaireFixtures.shipped("psea-unicef-2020")
        guard case .weightedSum(let model) = questionnaire.scoring else {
            Issue.record("psea-unicef-2020 must use the weighted_sum model")
            return
        }
        let levels = try #require(questionnaire.scale(model.scale)).levels
        let standards = questionnaire.standards.map(\.id)
        #expect(standards.count == 6)
        var seen = 0
        var perLevel: [CapacityLevel: Int] = [:]
        for combination in 0..<729 {
            var ratings: [String: StandardRating] = [:]
            var sum = 0
            var rest = combination
            for standard in standards {
                let level = levels[rest % 3]
                rest /= 3
                ratings[standard] = .level(level.id)
                sum += try #require(level.weight)
            }
            // The expected band, found by walking the file's ranges rather than the model's lookup.
            let matching = model.bands.filter { $0.sums.lowerBound <= sum && sum <= $0.sums.upperBound }
            #expect(matching.count == 1, "sum \(sum) must fall in exactly one band")
            let expected = try #require(matching.first)
            let determination = try #require(
                try Scoring.determine(questionnaire, ratings: ratings).determination)
            #expect(determination.score == sum)
            #expect(determination.capacity == expected.capacity, "ratings \(ratings)")
            #expect(determination.risk == expected.capacity.risk)
            #expect(determination.scoreRange == expected.sums)
            #expect(determination.cappedBy.isEmpty)
            seen += 1
            perLevel[determination.capacity, default: 0] += 1
        }
        #expect(seen == 729)
        // Sums of six ratings 1-3: 6..8 occur 1 + 6 + 21 = 28 times, 15..18 occur 50 + 21 + 6 + 1 = 78.
        #expect(perLevel == [.low: 28, .medium: 623, .full: 78])
    }

    @Test func edgesOfTheBandsAndTheirRiskLabels() throws {
        let questionnaire = try QuestionnaireFixtures.shipped("psea-unicef-2020")
        let ids = questionnaire.standards.map(\.id)
        func rated(_ weights: [Int]) throws -> CapacityDetermination {
            let names = ["absent", "progressing", "adequate"]
            let ratings = Dictionary(
                uniqueKeysWithValues: zip(ids, weights.map { StandardRating.level(names[$0 - 1]) }))
            return try #require(try Scoring.determine(questionnaire, ratings: ratings).determination)
        }
        let edges: [([Int], Int, CapacityLevel, RiskLabel)] = [
            ([1, 1, 1, 1, 1, 1], 6, .low, .high),
            ([1, 1, 1, 1, 2, 2], 8, .low, .high),
            ([1, 1, 1, 2, 2, 2], 9, .medium, .moderate),
            ([3, 3, 2, 2, 2, 2], 14, .medium, .moderate),
            ([3, 3, 3, 2, 2, 2], 15, .full, .low),
            ([3, 3, 3, 3, 3, 3], 18, .full, .low),
        ]
        for (weights, sum, capacity, risk) in edges {
            let determination = try rated(weights)
            #expect(determination.score == sum)
            #expect(determination.capacity == capacity)
            #expect(determination.risk == risk)
            #expect(determination.possibleScores == 6...18)
        }
        let explanation = try rated([1, 1, 1, 2, 2, 2]).explanation
        #expect(
            explanation
                == "The 6 standards add up to 9 (possible 6 to 18); a sum of 9 to 14 means medium capacity (moderate risk)."
        )
    }
}
