/// The filters, order and page of the partner list: what a URL's query carries.
public struct PartnerQuery: Sendable, Hashable {
    /// The columns the list sorts by.
    public enum SortKey: String, Sendable, CaseIterable {
        case id, name, country, type, standing, capacity, flags
    }

    /// Only partners in this country.
    public var country: String?
    /// Only partners of this kind.
    public var type: String?
    /// Only partners with a current state of this name (the last part of its path, or the path).
    public var standing: String?
    /// Only partners of this capacity.
    public var capacity: String?
    /// Only partners with (true) or without (false) an open flag.
    public var openFlags: Bool?
    /// Only partners this account follows.
    public var officer: String?
    /// Text in the id or the name (any case).
    public var text: String?
    /// The sort column.
    public var sort: SortKey
    /// Whether the order is descending.
    public var descending: Bool
    /// The page (from 1).
    public var page: Int
    /// Rows on a page; `nil` for all (an export).
    public var pageSize: Int?

    /// A query; by default every partner, by id, 50 to a page.
    public init(
        country: String? = nil, type: String? = nil, standing: String? = nil, capacity: String? = nil,
        openFlags: Bool? = nil, officer: String? = nil, text: String? = nil, sort: SortKey = .id,
        descending: Bool = false, page: Int = 1, pageSize: Int? = 50
    ) {
        self.country = country
        self.type = type
        self.standing = standing
        self.capacity = capacity
        self.openFlags = openFlags
        self.officer = officer
        self.text = text
        self.sort = sort
        self.descending = descending
        self.page = page
        self.pageSize = pageSize
    }

    /// The filters and the order, as the key of the list they make (the page is not in it); each
    /// part carries its length, so no text typed in a filter can pass for another filter.
    var key: String {
        let parts = [
            country, type, standing, capacity, openFlags.map { $0 ? "yes" : "no" }, officer, text,
            sort.rawValue, descending ? "desc" : "asc",
        ]
        return parts.map { $0.map { "\($0.utf8.count):\($0)" } ?? "-" }.joined(separator: "|")
    }

    /// Whether the summary passes every filter.
    func admits(_ partner: PartnerSummary) -> Bool {
        if let country, partner.country != country, partner.country.uppercased() != country.uppercased() {
            return false
        }
        if let type, partner.type != type { return false }
        if let capacity, partner.capacity != capacity { return false }
        if let openFlags, (partner.openFlagCount > 0) != openFlags { return false }
        if let officer, !partner.officers.contains(officer) { return false }
        if let standing,
            !partner.standing.contains(where: { $0 == standing || $0.hasSuffix("/" + standing) })
        {
            return false
        }
        if let text = text?.lowercased(), !text.isEmpty,
            !partner.id.lowercased().contains(text), !partner.name.lowercased().contains(text)
        {
            return false
        }
        return true
    }

    /// `partners` (in id order) in the query's order, ties by id: each sort key is made once.
    func sorted(_ partners: [PartnerSummary]) -> [PartnerSummary] {
        if sort == .id { return descending ? partners.reversed() : partners }
        let keyed = partners.map { (key: key($0), partner: $0) }
        return keyed.sorted { a, b in
            if a.key == b.key { return a.partner.id < b.partner.id }
            return descending ? a.key > b.key : a.key < b.key
        }.map(\.partner)
    }

    private func key(_ partner: PartnerSummary) -> String {
        switch sort {
        case .id: partner.id
        case .name: partner.name.lowercased()
        case .country: partner.country
        case .type: partner.type
        case .standing: partner.standing.joined(separator: ",")
        case .capacity: partner.capacity ?? ""
        case .flags: String(format: "%06d", partner.openFlagCount)
        }
    }
}
