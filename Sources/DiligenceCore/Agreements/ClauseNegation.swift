/// How a catalogue recognises a negation that cancels a duty: "shall not be required to report",
/// "is not obliged to refer survivors", "these obligations do not survive". Only the phrases of
/// elements marked ``ClauseElement/negatable`` are duties a negation cancels; a prohibition
/// ("shall not engage in sexual exploitation") is worded with "not" and is the clause itself.
public struct ClauseNegation: Hashable, Sendable {
    /// How many words may stand between a cue and the duty it cancels ("not" and "report" in
    /// "not be required to report" have three between them).
    public var reach: Int
    /// The words that negate what follows them ("not", "never", "without any obligation"), per
    /// language: a cue cancels only the phrases of its own language.
    public var cues: [ClausePhrase]
    /// Wordings that hold a cue but do not negate ("no later than", "not only", "whether or not").
    public var exceptions: [ClausePhrase]
    /// Words after which a negation no longer reaches ("but", "unless", "and shall"); a `;`, `:`
    /// or a bracket ends it too, as does the end of the sentence.
    public var scopeEnds: [ClausePhrase]
    /// Words that make a negation a condition rather than a cancelled duty when they come shortly
    /// before its cue ("if the Partner does not investigate", "si le partenaire ne signale pas"):
    /// a ground for termination names the duty, it does not cancel it.
    public var conditions: [ClausePhrase]

    /// How many words may stand between a condition and the cue it governs ("si l'IP ne mène aucune": three).
    public static let conditionReach = 4

    /// Creates negation rules.
    public init(
        reach: Int, cues: [ClausePhrase], exceptions: [ClausePhrase] = [], scopeEnds: [ClausePhrase] = [],
        conditions: [ClausePhrase] = []
    ) {
        self.reach = reach
        self.cues = cues
        self.exceptions = exceptions
        self.scopeEnds = scopeEnds
        self.conditions = conditions
    }

    /// No negation: every phrase counts wherever it is.
    public static let none = ClauseNegation(reach: 0, cues: [])

    /// The default reach, in words between a cue and the duty.
    public static let defaultReach = 6
}
