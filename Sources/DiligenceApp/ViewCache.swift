import Foundation

/// Views that take a pass over the whole portfolio (every partner's summary, every record with a
/// step waiting), kept while the log's head has not moved: a change of any record moves the
/// head, so a kept view is never stale. A view missing is made once, under its lock, however
/// many requests ask for it at the same time. What depends on the clock (overdue) is worked out
/// from the kept view on each request.
final class ViewCache: @unchecked Sendable {
    private struct Entry<Value> {
        var head: Int
        var value: Value
    }

    // Each entry is read and written only under its lock.
    private let summariesLock = NSLock()
    private var summariesEntry: Entry<[PartnerSummary]>?
    private let candidatesLock = NSLock()
    private var candidatesEntry: Entry<[WorkCandidate]>?

    private let workLock = NSLock()
    private var workEntries: [String: (head: Int, minute: Int, items: [WorkItem])] = [:]

    /// An account's work, kept for the minute of the clock at a head (overdue changes with the clock).
    func work(for key: String, head: Int, now: Date, make: () throws -> [WorkItem]) throws -> [WorkItem] {
        let minute = Int(now.timeIntervalSince1970 / 60)
        if let kept = workLock.withLock({ workEntries[key] }), kept.head == head, kept.minute == minute {
            return kept.items
        }
        let items = try make()
        workLock.withLock {
            if workEntries.count > 10_000 { workEntries.removeAll() }
            workEntries[key] = (head, minute, items)
        }
        return items
    }

    func summaries(head: Int, make: () throws -> [PartnerSummary]) throws -> [PartnerSummary] {
        try summariesLock.withLock { try Self.kept(&summariesEntry, head: head, make: make) }
    }

    func candidates(head: Int, make: () throws -> [WorkCandidate]) throws -> [WorkCandidate] {
        try candidatesLock.withLock { try Self.kept(&candidatesEntry, head: head, make: make) }
    }

    private static func kept<Value>(_ entry: inout Entry<Value>?, head: Int, make: () throws -> Value) throws
        -> Value
    {
        if let entry, entry.head == head { return entry.value }
        let value = try make()
        entry = Entry(head: head, value: value)
        return value
    }
}
