/// A rating that cannot be scored under a questionnaire: its data, apart from its wording.
public enum RatingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A rating names a standard the questionnaire does not have.
    case unknownStandard(String, known: [String])
    /// A rating is a level the scoring scale does not have.
    case unknownLevel(standard: String, level: String, scale: RatingScale)
    /// A met/not-met rating under the weighted model, or a level under the count model.
    case wrongKind(standard: String, rating: StandardRating, model: ScoringModel)

    /// What is wrong, for the person who entered the rating.
    public var description: String { ScoringWording.message(for: self) }
}
