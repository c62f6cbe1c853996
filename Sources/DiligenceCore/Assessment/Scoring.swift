/// Turns the UN reviewer's per-standard ratings into a capacity determination under a
/// questionnaire's scoring model. Pure and deterministic: the same ratings always give the same
/// determination and the same explanation.
public enum Scoring {
    /// Scores `ratings` (standard id to rating) under `questionnaire`'s model.
    ///
    /// Returns ``ScoringOutcome/incomplete(unrated:explanation:)`` while any standard is unrated;
    /// throws when a rating names an unknown standard, a level off the scale, or is of the wrong
    /// kind for the model (a level under the count model, met/not met under the weighted one).
    public static func determine(
        _ questionnaire: Questionnaire, ratings: [String: StandardRating]
    ) throws(RatingError) -> ScoringOutcome {
        try check(ratings, against: questionnaire)
        let unrated = questionnaire.standards.filter { ratings[$0.id] == nil }
        guard unrated.isEmpty else {
            return .incomplete(
                unrated: unrated.map(\.id),
                explanation: ScoringWording.incomplete(
                    unrated: unrated, of: questionnaire.standards.count))
        }
        switch questionnaire.scoring {
        case .weightedSum(let model):
            return .determined(weighted(questionnaire, model, ratings))
        case .countOfMet(let model):
            return .determined(counted(questionnaire, model, ratings))
        }
    }

    /// The sums (weighted model) or counts (count model) the questionnaire's model can give.
    public static func possibleScores(of questionnaire: Questionnaire) -> ClosedRange<Int> {
        let count = questionnaire.standards.count
        switch questionnaire.scoring {
        case .weightedSum(let model):
            let weights = questionnaire.scale(model.scale)?.levels.compactMap(\.weight) ?? []
            return count * (weights.min() ?? 0)...count * (weights.max() ?? 0)
        case .countOfMet:
            return 0...count
        }
    }

    private static func check(
        _ ratings: [String: StandardRating], against questionnaire: Questionnaire
    ) throws(RatingError) {
        let known = questionnaire.standards.map(\.id)
        for (standard, rating) in ratings.sorted(by: { $0.key < $1.key }) {
            guard known.contains(standard) else { throw .unknownStandard(standard, known: known) }
            switch (questionnaire.scoring, rating) {
            case (.weightedSum(let model), .level(let level)):
                if let scale = questionnaire.scale(model.scale), scale.level(level) == nil {
                    throw .unknownLevel(standard: standard, level: level, scale: scale)
                }
            case (.countOfMet, .met), (.countOfMet, .notMet):
                break
            default:
                throw .wrongKind(standard: standard, rating: rating, model: questionnaire.scoring)
            }
        }
    }

    private static func weighted(
        _ questionnaire: Questionnaire, _ model: WeightedSumModel, _ ratings: [String: StandardRating]
    ) -> CapacityDetermination {
        let scale = questionnaire.scale(model.scale)
        var sum = 0
        for standard in questionnaire.standards {
            if case .level(let level)? = ratings[standard.id] { sum += scale?.level(level)?.weight ?? 0 }
        }
        let possible = possibleScores(of: questionnaire)
        // The loader checks that the bands cover every possible sum exactly once.
        let band = model.band(for: sum) ?? model.bands[0]
        return CapacityDetermination(
            capacity: band.capacity, score: sum, possibleScores: possible, scoreRange: band.sums,
            explanation: ScoringWording.weighted(
                sum: sum, standards: questionnaire.standards.count, possible: possible, band: band))
    }

    private static func counted(
        _ questionnaire: Questionnaire, _ model: CountOfMetModel, _ ratings: [String: StandardRating]
    ) -> CapacityDetermination {
        let total = questionnaire.standards.count
        let met = questionnaire.standards.filter { ratings[$0.id] == .met }.count
        // The loader checks that the lowest threshold starts at 0.
        let threshold = model.threshold(for: met) ?? model.thresholds[model.thresholds.count - 1]
        let next = model.thresholds.last { $0.capacity > threshold.capacity }
        let range = threshold.minimumMet...max(threshold.minimumMet, (next?.minimumMet ?? total + 1) - 1)
        let unmet = model.mustHave.filter { ratings[$0] == .notMet }
        let capped = !unmet.isEmpty && threshold.capacity > model.mustHaveCap
        let capacity = capped ? model.mustHaveCap : threshold.capacity
        let cappedBy = capped ? unmet : []
        let titles = cappedBy.map { id in questionnaire.standard(id)?.title ?? id }
        return CapacityDetermination(
            capacity: capacity, score: met, possibleScores: 0...total, scoreRange: range,
            cappedBy: cappedBy,
            explanation: ScoringWording.counted(
                met: met, of: total, range: range, reached: threshold.capacity, capacity: capacity,
                cappedBy: titles))
    }
}
