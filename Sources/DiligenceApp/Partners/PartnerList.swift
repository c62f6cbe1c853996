/// A page of the partner list, with what the filters offer.
public struct PartnerList: Sendable, Hashable, Codable {
    /// The partners on the page.
    public var partners: [PartnerSummary]
    /// How many partners pass the filters (on every page).
    public var total: Int
    /// The page shown (from 1).
    public var page: Int
    /// How many pages there are.
    public var pages: Int
    /// The countries of the partners the account sees, for the country filter.
    public var countries: [String]
    /// The capacities found, for the capacity filter.
    public var capacities: [String]
    /// The kinds of organisation, for the type filter.
    public var types: [String]
    /// What this page shows, as a key: the log's head it was read at, whose partners, the
    /// filters, order and page. Two lists with the same key are the same list, so a front end may
    /// keep what it drew from one for the other.
    public var viewKey: String
}
