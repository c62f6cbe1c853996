import Foundation

/// A value made for each partner (its summary, the work waiting in its records), carried from one
/// head of the log to the next: when the log moves by a few events, only the values of the
/// partners those events touched are made again (see
/// ``DiligenceStore/partnersChanged(after:limit:)``), so the pages made from them stay quick on a
/// large portfolio while it is written to. Kept in partner id order as Swift compares strings,
/// whatever order the store's collation gives.
final class KeptPerPartner<Value: Sendable>: @unchecked Sendable {
    /// The most events between two heads carried over; past it every value is made again.
    static var carriedEvents: Int { 2_000 }

    private let partner: @Sendable (Value) -> String
    // Read and written only under `lock`.
    private let lock = NSLock()
    private var head: Int?
    private var values: [Value] = []
    private var made: Set<String>?

    /// The partners whose values the last move of the head made again; `nil` when it made all.
    var lastMade: Set<String>? { lock.withLock { made } }

    /// Keeps values of the partner `partner` gives.
    init(partner: @escaping @Sendable (Value) -> String) {
        self.partner = partner
    }

    /// The values at `head`: those kept, with those of the partners `changed` names (given the
    /// head they were kept at; `nil` for "all of them") made again by `make` (partners are never
    /// removed), or all of them made by `all`.
    func values(
        at head: Int, changed: (Int) throws -> Set<String>?, make: (String) throws -> Value,
        all: () throws -> [Value]
    ) throws -> [Value] {
        try lock.withLock {
            if let kept = self.head, kept == head { return values }
            guard let kept = self.head, let partners = try changed(kept) else {
                // In the order `position(of:)` searches, whatever order the store's collation gives.
                values = try all().sorted { partner($0) < partner($1) }
                self.head = head
                made = nil
                return values
            }
            var updated = values
            for id in partners.sorted() {
                let made = try make(id)
                let position = position(of: id, in: updated)
                if position < updated.count && partner(updated[position]) == id {
                    updated[position] = made
                } else {
                    updated.insert(made, at: position)
                }
            }
            values = updated
            self.head = head
            made = partners
            return values
        }
    }

    /// Where the value of `id` is, or would go, in `values` (in partner id order).
    private func position(of id: String, in values: [Value]) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if partner(values[middle]) < id { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
