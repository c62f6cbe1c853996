/// Every partner's summary, in id order, with what the list's filters offer: made in one pass
/// over the portfolio and kept while the log's head does not move.
struct Portfolio: Sendable {
    /// Every partner's summary, by id.
    var summaries: [PartnerSummary]
    /// The countries found, sorted.
    var countries: [String]
    /// The capacities found, sorted.
    var capacities: [String]

    init(_ summaries: [PartnerSummary]) {
        self.summaries = summaries
        countries = Set(summaries.map(\.country)).sorted()
        capacities = Set(summaries.compactMap(\.capacity)).sorted()
    }
}
