import DiligenceCore
import DiligenceStore
import Foundation

extension DiligenceService {
    /// Every flag of the portfolio at the log's `head`, in id order: read whole once, then carried
    /// from head to head with only the flags of the partners the events in between touched read
    /// again (the flags list of the whole portfolio read every flag, about three a partner, on
    /// each page).
    func everyFlag(head: Int) throws -> [FlagEntry] {
        try keptItems(
            "flags", in: keptFlags, head: head, partner: \.partner,
            one: { try store.flags(partner: $0).filter { $0.inheritedFrom == nil } },
            every: { try store.flags() }, order: { $0.id < $1.id })
    }
}
