import DiligenceCore
import DiligenceStore
import Foundation

/// The flags raised on one partner itself (not those it inherits from a headquarters record),
/// kept per partner from one head of the log to the next (``KeptPerPartner``).
struct PartnerFlags: Sendable {
    var partner: String
    var flags: [FlagEntry]
}

extension DiligenceService {
    /// Every flag of the portfolio at the log's `head`, in id order: read whole once, then carried
    /// from head to head with only the flags of the partners the events in between touched read
    /// again (the flags list of the whole portfolio read every flag, about three a partner, on
    /// each page).
    func everyFlag(head: Int) throws -> [FlagEntry] {
        try viewCache.view("flags", head: head) {
            try keptFlags.values(
                at: head, changed: partnersChanged,
                make: { id in
                    PartnerFlags(
                        partner: id, flags: try store.flags(partner: id).filter { $0.inheritedFrom == nil })
                },
                all: {
                    Dictionary(grouping: try store.flags(), by: \.partner).map {
                        PartnerFlags(partner: $0.key, flags: $0.value)
                    }
                }
            ).flatMap(\.flags).sorted { $0.id < $1.id }
        }
    }
}
