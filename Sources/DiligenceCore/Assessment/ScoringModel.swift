/// How the UN's per-standard ratings become a capacity level: a model written as data in the
/// questionnaire file.
public enum ScoringModel: Hashable, Sendable {
    /// Each standard rated on a scale; the weights are summed and the sum falls in a band.
    case weightedSum(WeightedSumModel)
    /// Each standard met or not met; the number met reaches a threshold, and unmet must-have
    /// standards may cap the level.
    case countOfMet(CountOfMetModel)

    /// The file format's name for the model: `weighted_sum` or `count_of_met`.
    public var name: String {
        switch self {
        case .weightedSum: "weighted_sum"
        case .countOfMet: "count_of_met"
        }
    }

    /// The names the file format accepts for `model:`.
    public static let names = ["weighted_sum", "count_of_met"]
}
