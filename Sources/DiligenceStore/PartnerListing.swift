public import DiligenceCore
import Foundation

/// Which partners a listing shows: each condition given narrows it.
public struct PartnerFilter: Sendable, Equatable {
    /// The programme country (ISO 3166 two-letter code).
    public var country: String?
    /// The kind of organisation.
    public var type: PartnerType?
    /// Only the partners this programme officer is assigned to (blanks around the name ignored).
    public var officer: String?
    /// Only this partner (what a partner's own staff see).
    public var partner: String?

    /// A filter; none of the conditions given lists every partner.
    public init(
        country: String? = nil, type: PartnerType? = nil, officer: String? = nil, partner: String? = nil
    ) {
        self.country = country
        self.type = type
        self.officer = officer
        self.partner = partner
    }
}

/// One page of a partner listing, in registration order, with how many partners match in all.
public struct PartnerListing: Sendable {
    /// The partners matching the filter, on all pages.
    public var total: Int
    /// This page's partners, each with its lifecycle's snapshot.
    public var rows: [(partner: PartnerRecord, snapshot: InstanceSnapshot?)]

    /// The partner table's indexes a filtered page is read by.
    static let indexes = """

        CREATE INDEX partner_by_country ON partner(country, type, registered_at);
        CREATE INDEX partner_by_type ON partner(type, registered_at);
        CREATE INDEX partner_by_registration ON partner(registered_at, id);
        """
}

extension DiligenceStore {
    /// The partners matching `filter`, in registration order, `limit` of them from `offset` (all
    /// when `limit` is nil). The filter runs in SQL on the partner table's indexes (by country and
    /// type, by type, by registration), so a page costs the page, not the portfolio.
    public func partners(matching filter: PartnerFilter, limit: Int? = nil, offset: Int = 0)
        throws(StoreError) -> PartnerListing
    {
        var conditions: [String] = []
        var arguments: [any SQLValueConvertible] = []
        if let country = filter.country {
            conditions.append("partner.country = ?")
            arguments.append(country.uppercased())
        }
        if let type = filter.type {
            conditions.append("partner.type = ?")
            arguments.append(type.rawValue)
        }
        if let officer = filter.officer {
            conditions.append("partner.id IN (SELECT partner FROM partner_officer WHERE officer = ?)")
            arguments.append(officer.trimmingCharacters(in: .whitespaces))
        }
        if let partner = filter.partner {
            conditions.append("partner.id = ?")
            arguments.append(partner)
        }
        let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            let total = try db.value(Int.self, "SELECT COUNT(*) FROM partner \(condition)", arguments) ?? 0
            var page = ""
            var pageArguments = arguments
            if let limit {
                page = "LIMIT ? OFFSET ?"
                pageArguments += [max(0, limit), max(0, offset)]
            }
            let rows = try db.rows(
                """
                SELECT partner.*, instance.snapshot AS snapshot FROM partner
                LEFT JOIN instance ON instance.subject = partner.id
                \(condition) ORDER BY partner.registered_at, partner.id \(page)
                """, pageArguments
            ).map { row -> (partner: PartnerRecord, snapshot: InstanceSnapshot?) in
                let partner = Self.partner(row)
                let text: String? = row["snapshot"]
                return (partner, try text.map { try Self.snapshot(from: $0, subject: partner.id) })
            }
            return PartnerListing(total: total, rows: rows)
        }
    }
}
