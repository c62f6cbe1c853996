import Foundation

/// Every partner's summary, carried from one head of the log to the next: when the log moves by
/// a few events, only the summaries of the partners those events touched are made again (see
/// ``DiligenceStore/partnersChanged(after:limit:)``), so the partner list stays quick on a large
/// portfolio while it is written to. Kept in id order as Swift compares strings, whatever order
/// the store's collation gives.
final class KeptSummaries: @unchecked Sendable {
    /// The most events between two heads carried over; past it every summary is made again.
    static let carriedEvents = 2_000

    // Read and written only under `lock`.
    private let lock = NSLock()
    private var head: Int?
    private var summaries: [PartnerSummary] = []

    /// The summaries at `head`: those kept, with the partners `changed` names (given the head they
    /// were kept at; `nil` for "all of them") made again by `summary` (partners are never removed),
    /// or all of them made by `all`.
    func summaries(
        at head: Int, changed: (Int) throws -> Set<String>?, summary: (String) throws -> PartnerSummary,
        all: () throws -> [PartnerSummary]
    ) throws -> [PartnerSummary] {
        try lock.withLock {
            if let kept = self.head, kept == head { return summaries }
            guard let kept = self.head, let partners = try changed(kept) else {
                // In the order `position(of:in:)` searches, whatever order the store's collation gives.
                summaries = try all().sorted { $0.id < $1.id }
                self.head = head
                return summaries
            }
            var updated = summaries
            for id in partners.sorted() {
                let made = try summary(id)
                let position = Self.position(of: id, in: updated)
                if position < updated.count && updated[position].id == id {
                    updated[position] = made
                } else {
                    updated.insert(made, at: position)
                }
            }
            summaries = updated
            self.head = head
            return summaries
        }
    }

    /// Where `id` is, or would go, in `summaries` (in id order).
    private static func position(of id: String, in summaries: [PartnerSummary]) -> Int {
        var low = 0
        var high = summaries.count
        while low < high {
            let middle = (low + high) / 2
            if summaries[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
