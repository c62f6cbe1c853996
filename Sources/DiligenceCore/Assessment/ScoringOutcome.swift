/// What scoring a set of ratings gives: a determination, or the standards still to rate.
public enum ScoringOutcome: Hashable, Sendable {
    /// Every standard is rated and the model gives this determination.
    case determined(CapacityDetermination)
    /// Some standards are not rated, so there is no rating yet.
    case incomplete(unrated: [String], explanation: String)

    /// The determination, when there is one.
    public var determination: CapacityDetermination? {
        guard case .determined(let determination) = self else { return nil }
        return determination
    }

    /// The standards not rated yet, in questionnaire order; empty when determined.
    public var unrated: [String] {
        guard case .incomplete(let unrated, _) = self else { return [] }
        return unrated
    }

    /// The determination's or the incompleteness's explanation.
    public var explanation: String {
        switch self {
        case .determined(let determination): determination.explanation
        case .incomplete(_, let explanation): explanation
        }
    }
}
