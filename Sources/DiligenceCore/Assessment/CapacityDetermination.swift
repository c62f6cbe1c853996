/// The capacity a questionnaire's scoring model gives a complete set of ratings, with the figures
/// it rests on and a sentence a programme officer can read.
public struct CapacityDetermination: Hashable, Sendable {
    /// The capacity level.
    public var capacity: CapacityLevel
    /// The inverse risk label.
    public var risk: RiskLabel { capacity.risk }
    /// The weighted sum (weighted model) or the number of standards met (count model).
    public var score: Int
    /// The scores the model can give: `6...18` for six standards rated 1 to 3, `0...8` for eight
    /// standards met or not.
    public var possibleScores: ClosedRange<Int>
    /// The scores that give this level before any must-have cap: the band or the threshold's range.
    public var scoreRange: ClosedRange<Int>
    /// The must-have standards not met that lowered the level, in file order; empty when nothing
    /// was capped.
    public var cappedBy: [String]
    /// Why this level, in one or two sentences.
    public var explanation: String

    /// Creates a determination.
    public init(
        capacity: CapacityLevel, score: Int, possibleScores: ClosedRange<Int>, scoreRange: ClosedRange<Int>,
        cappedBy: [String] = [], explanation: String
    ) {
        self.capacity = capacity
        self.score = score
        self.possibleScores = possibleScores
        self.scoreRange = scoreRange
        self.cappedBy = cappedBy
        self.explanation = explanation
    }
}
