/// The UN reviewer's rating of one core standard: met or not met (count-of-met model) or a level
/// of the questionnaire's scale (weighted-sum model).
public enum StandardRating: Hashable, Sendable {
    /// The standard is met.
    case met
    /// The standard is not met.
    case notMet
    /// A level of the scoring scale, by id (`adequate`).
    case level(String)

    /// The rating as written: `met`, `not_met` or the level's id.
    public var name: String {
        switch self {
        case .met: "met"
        case .notMet: "not_met"
        case .level(let id): id
        }
    }
}
