import DiligenceCore
import DiligenceTestSupport
import Testing

/// Ratings that cannot give a determination: some standards unrated, or ratings that do not fit.
@Suite struct IncompleteScoringTests {
    @Test func anIncompleteWeightedAssessmentHasNoRatingAndNamesTheUnrated() throws {
        let questionnaire = try QuestionnaireFixtures.shipped("psea-unicef-2020")
        let ratings: [String: StandardRating] = [
            "policy": .level("adequate"), "training": .level("adequate"), "reporting": .level("absent"),
            "investigations": .level("progressing"),
        ]
        let outcome = try Scoring.determine(questionnaire, ratings: ratings)
        #expect(outcome.determination == nil)
        #expect(outcome.unrated == ["management_hr", "assistance_referral"])
        #expect(outcome.explanation.contains("2 of 6 standards are not rated"))
        #expect(outcome.explanation.contains("Assistance and referrals (assistance_referral)"))
    }

    @Test func noRatingsAtAllListsEveryStandardInOrder() throws {
        let questionnaire = try QuestionnaireFixtures.shipped("psea-common")
        let outcome = try Scoring.determine(questionnaire, ratings: [:])
        #expect(outcome.determination == nil)
        #expect(outcome.unrated == questionnaire.standards.map(\.id))
    }

    @Test func oneMissingCountRatingGivesNoRating() throws {
        let questionnaire = try QuestionnaireFixtures.questionnaire(QuestionnaireFixtures.countWithMustHaves)
        let outcome = try Scoring.determine(questionnaire, ratings: ["a": .met, "b": .met, "c": .met])
        #expect(outcome == .incomplete(unrated: ["d"], explanation: outcome.explanation))
        #expect(outcome.explanation.hasPrefix("No rating yet: 1 of 4 standards is not rated: Delta (d)."))
    }

    @Test func aRatingForAnUnknownStandardIsRefused() throws {
        let questionnaire = try QuestionnaireFixtures.shipped("psea-common")
        #expect(throws: RatingError.unknownStandard("reportng", known: questionnaire.standards.map(\.id))) {
            try Scoring.determine(questionnaire, ratings: ["reportng": .met])
        }
        do {
            _ = try Scoring.determine(questionnaire, ratings: ["reportng": .met])
        } catch {
            #expect(error.description.contains("did you mean \"reporting\"?"))
        }
    }

    @Test func aLevelOffTheScaleIsRefused() throws {
        let questionnaire = try QuestionnaireFixtures.shipped("psea-unicef-2020")
        do {
            _ = try Scoring.determine(questionnaire, ratings: ["policy": .level("excellent")])
            Issue.record("a level off the scale must be refused")
        } catch {
            guard case .unknownLevel(let standard, let level, let scale) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(standard == "policy" && level == "excellent" && scale.id == "unicef-2020")
            #expect(error.description.contains("use absent, progressing, adequate"))
        }
    }

    @Test func aRatingOfTheWrongKindIsRefused() throws {
        let weighted = try QuestionnaireFixtures.shipped("psea-unicef-2020")
        do {
            _ = try Scoring.determine(weighted, ratings: ["policy": .met])
            Issue.record("met under the weighted model must be refused")
        } catch {
            #expect(error.description.contains("on the scale \"unicef-2020\""))
        }
        let counted = try QuestionnaireFixtures.shipped("psea-common")
        do {
            _ = try Scoring.determine(counted, ratings: ["policy": .level("adequate")])
            Issue.record("a level under the count model must be refused")
        } catch {
            #expect(error.description.contains("met or not_met"))
        }
    }
}
