/// The wording of scoring explanations and rating errors, kept in one place.
enum ScoringWording {
    static func incomplete(unrated: [CoreStandard], of total: Int) -> String {
        let names = unrated.map { "\($0.title) (\($0.id))" }.joined(separator: ", ")
        let count =
            unrated.count == 1 ? "1 of \(total) standards is" : "\(unrated.count) of \(total) standards are"
        return
            "No rating yet: \(count) not rated: \(names). The rating is computed only when every standard is rated."
    }

    static func weighted(
        sum: Int, standards: Int, possible: ClosedRange<Int>, band: WeightedSumModel.Band
    ) -> String {
        "The \(standards) standards add up to \(sum) (possible \(span(possible))); a sum of "
            + "\(span(band.sums)) means \(band.capacity.phrase) (\(band.capacity.risk.phrase))."
    }

    static func counted(
        met: Int, of total: Int, range: ClosedRange<Int>, reached: CapacityLevel, capacity: CapacityLevel,
        cappedBy: [String]
    ) -> String {
        let count = "\(met) of \(total) standards \(met == 1 ? "is" : "are") met"
        let rule = "\(span(range)) met means \(reached.phrase)"
        guard !cappedBy.isEmpty else { return "\(count); \(rule) (\(reached.risk.phrase))." }
        let standards =
            cappedBy.count == 1
            ? "the must-have standard \(cappedBy[0]) is"
            : "the must-have standards \(cappedBy.joined(separator: ", ")) are"
        return
            "\(count); \(rule), but \(standards) not met, which caps the level at \(capacity.phrase) (\(capacity.risk.phrase))."
    }

    static func message(for error: RatingError) -> String {
        switch error {
        case .unknownStandard(let id, let known):
            var message = "the questionnaire has no standard \"\(id)\""
            if let suggestion = Suggestion.closest(to: id, among: known) {
                message += "; did you mean \"\(suggestion)\"?"
            } else {
                message += "; its standards are " + known.joined(separator: ", ")
            }
            return message
        case .unknownLevel(let standard, let level, let scale):
            return
                "\"\(level)\" is not a level of the scale \"\(scale.id)\" (standard \(standard)); use "
                + scale.levels.map(\.id).joined(separator: ", ")
        case .wrongKind(let standard, let rating, let model):
            switch model {
            case .weightedSum(let weighted):
                return
                    "standard \(standard) is rated \"\(rating.name)\", but this questionnaire rates each standard on the scale \"\(weighted.scale)\""
            case .countOfMet:
                return
                    "standard \(standard) is rated \"\(rating.name)\", but this questionnaire rates each standard met or not_met"
            }
        }
    }

    /// `9 to 14`, or `8` for a single value.
    static func span(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound
            ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
    }
}
