extension DiligenceService {
    /// The log's head the views of the running task are read at, when it was pinned.
    @TaskLocal static var pinnedHead: Int?

    /// Runs `body` with the layer's portfolio views read at the log's `head` (read with the
    /// session check, in the same transaction), so that a page's views agree with each other and
    /// the head is not read again for each of them. For requests that write nothing: a page
    /// drawn after a write in `body` would show the views as they were before it.
    public func readingAt<Result: Sendable>(_ head: Int, _ body: () async throws -> Result) async rethrows
        -> Result
    {
        try await Self.$pinnedHead.withValue(head) { try await body() }
    }

    /// The log's head the views are read at: the pinned one, else the store's.
    func logHead() throws -> Int {
        if let pinned = Self.pinnedHead { return pinned }
        return try store.logHeadSequence()
    }
}
