import DiligenceCore

/// A partner's open flags counted by level: those raised on it, those it inherits from its
/// headquarters record, and both together. Kept by each refresh of the partner beside its facts
/// (``RefreshHorizon``), in ``storedText``, so the risk report counts no flag of a partner whose
/// kept facts hold.
struct OpenFlags: Hashable, Sendable {
    /// Flags raised on the partner, by level (a level without flags is absent).
    let own: [FlagLevel: Int]
    /// Flags on its headquarters record, by level.
    let inherited: [FlagLevel: Int]
    /// Both together.
    let total: [FlagLevel: Int]

    /// The counts as kept: the own counts, then the inherited ones, each in ladder order
    /// (`0,2,0,0|0,0,0,1`).
    var storedText: String {
        func counts(_ levels: [FlagLevel: Int]) -> String {
            FlagLevel.allCases.map { String(levels[$0] ?? 0) }.joined(separator: ",")
        }
        return counts(own) + "|" + counts(inherited)
    }

    /// The counts given (none by default).
    init(own: [FlagLevel: Int] = [:], inherited: [FlagLevel: Int] = [:]) {
        self.own = own
        self.inherited = inherited
        total = own.merging(inherited, uniquingKeysWith: +)
    }

    /// The counts of a ``storedText``; `nil` for any other text.
    init?(storedText text: String) {
        let halves = text.split(separator: "|", omittingEmptySubsequences: false)
        guard halves.count == 2, let own = Self.levels(halves[0]), let inherited = Self.levels(halves[1])
        else { return nil }
        self.init(own: own, inherited: inherited)
    }

    private static func levels(_ text: Substring) -> [FlagLevel: Int]? {
        let counts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard counts.count == FlagLevel.allCases.count else { return nil }
        var levels: [FlagLevel: Int] = [:]
        for (level, count) in zip(FlagLevel.allCases, counts) {
            guard let number = Int(count), number >= 0 else { return nil }
            if number > 0 { levels[level] = number }
        }
        return levels
    }
}
