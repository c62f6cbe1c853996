import DiligenceStore

/// What a role that reads aggregates only sees of a list of cases: totals, each under the
/// small-cell rule (``SmallCount``).
public struct AllegationTotals: Sendable, Hashable, Codable {
    /// How many cases.
    public var cases: SmallCount
    /// How many are open.
    public var open: SmallCount
    /// Victims/survivors by group (`girls`, `women`, ...).
    public var victims: [String: SmallCount]
    /// Alleged perpetrators.
    public var perpetrators: SmallCount
    /// Assistance entries by step.
    public var assistanceCounts: [String: SmallCount]

    init(_ cases: [AllegationCase]) {
        var victims: [String: Int] = [:]
        var assistance: [String: Int] = [:]
        var perpetrators = 0
        for entry in cases {
            for (group, count) in entry.record.victims.counts { victims[group.rawValue, default: 0] += count }
            for (step, count) in entry.record.assistanceCounts {
                assistance[step.rawValue, default: 0] += count
            }
            perpetrators += entry.record.perpetrators ?? 0
        }
        let open = cases.filter(\.isOpen).count
        // Open and closed cases add up to all of them: suppressed together.
        let (states, total) = SmallCount.column([open, cases.count - open], total: cases.count)
        self.cases = total
        self.open = states[0]
        self.victims = Self.grouped(victims)
        self.perpetrators = SmallCount.single(perpetrators)
        self.assistanceCounts = Self.grouped(assistance)
    }

    private static func grouped(_ counts: [String: Int]) -> [String: SmallCount] {
        let keys = counts.keys.sorted()
        let total = counts.values.reduce(0, +)
        let (cells, _) = SmallCount.column(keys.map { counts[$0] ?? 0 }, total: total)
        return Dictionary(uniqueKeysWithValues: zip(keys, cells))
    }

    enum CodingKeys: String, CodingKey {
        case cases, open, victims, perpetrators
        case assistanceCounts = "assistance_counts"
    }
}

/// What `allegation list` shows a role: the cases with the fields it reads, or totals only.
public enum AllegationListing: Sendable {
    /// The cases, each with the fields the role reads. `unassigned` is true when the role sees
    /// only its own partners' cases and the account follows no partner.
    case cases([AllegationCaseView], unassigned: Bool)
    /// Totals, for a role that reads aggregates only.
    case totals(AllegationTotals)
}
