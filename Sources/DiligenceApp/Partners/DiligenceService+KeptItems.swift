import Foundation

/// The items of one partner (the records with work waiting, the flags raised on it), kept per
/// partner from one head of the log to the next (``KeptPerPartner``).
struct PartnerItems<Item: Sendable>: Sendable {
    var partner: String
    var items: [Item]
}

extension DiligenceService {
    /// Every item of the portfolio at the log's `head`, kept as the view `key`: made whole by
    /// `every` once, then carried in `kept` from head to head with only the items of the partners
    /// the events in between touched made again by `one`; in `order` when it is given.
    func keptItems<Item: Sendable>(
        _ key: String, in kept: KeptPerPartner<PartnerItems<Item>>, head: Int, partner: (Item) -> String,
        one: (String) throws -> [Item], every: () throws -> [Item], order: ((Item, Item) -> Bool)? = nil
    ) throws -> [Item] {
        try viewCache.view(key, head: head) {
            let items = try kept.values(
                at: head, changed: partnersChanged,
                make: { PartnerItems(partner: $0, items: try one($0)) },
                all: {
                    Dictionary(grouping: try every(), by: partner).map {
                        PartnerItems(partner: $0.key, items: $0.value)
                    }
                }
            ).flatMap(\.items)
            return order.map { items.sorted(by: $0) } ?? items
        }
    }
}
