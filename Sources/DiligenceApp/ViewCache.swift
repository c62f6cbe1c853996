import Foundation

/// Views that take a pass over the whole portfolio (every partner's summary and the filters they
/// offer, every record with a step waiting, a filtered and sorted partner list, an account's
/// work), kept while the log's head has not moved: a change of any record moves the head, so a
/// kept view is never stale, and every view is dropped together when it moves. A view missing is
/// made once, however many requests ask for it at the same time: the others wait for it instead
/// of making it again.
final class ViewCache: @unchecked Sendable {
    /// The most views kept at one head; past it those of one list, page or account are dropped.
    static let capacity = 2_000

    // `head` and `views` are read and written only under `lock`; a view is made only under
    // `making` (recursive: a view is made from others).
    private let lock = NSLock()
    private let making = NSRecursiveLock()
    private var head = Int.min
    private var views: [String: any Sendable] = [:]

    /// The view kept under `key` at `head`, made by `make` when there is none.
    func view<Value: Sendable>(_ key: String, head: Int, make: () throws -> Value) throws -> Value {
        if let kept: Value = kept(key, head: head) { return kept }
        return try making.withLock {
            if let kept: Value = kept(key, head: head) { return kept }
            let value = try make()
            lock.withLock {
                if head != self.head {
                    views.removeAll(keepingCapacity: true)
                    self.head = head
                } else if views.count >= Self.capacity {
                    // The portfolio-wide views (keys without a `|`) stay: they cost the most.
                    views = views.filter { !$0.key.contains("|") }
                }
                views[key] = value
            }
            return value
        }
    }

    /// The view kept under `key` at `head`, if it is made; never makes it.
    func kept<Value>(_ key: String, head: Int) -> Value? {
        lock.withLock { head == self.head ? views[key] as? Value : nil }
    }
}
