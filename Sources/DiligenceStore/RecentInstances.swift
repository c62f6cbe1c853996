import DiligenceCore
import Foundation

/// The last instances this process wrote, by record, with the exact snapshot text stored for
/// them: when a command reads back the same text, the parsed instance is reused instead of
/// decoding the JSON again. A long-running process (a server, a bulk import) sends many events
/// to the same records; a stale entry never matches, because the text read must be identical.
final class RecentInstances: @unchecked Sendable {
    private struct Entry {
        var snapshotText: String
        var instance: WorkflowInstance
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// Entries kept at most; the cache is emptied when it would grow beyond.
    static let capacity = 1_024

    /// The instance remembered for this exact snapshot text under this definition, if any.
    func instance(_ subject: String, snapshotText: String, definitionHash: String) -> WorkflowInstance? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[subject], entry.instance.definitionHash == definitionHash,
            entry.snapshotText == snapshotText
        else { return nil }
        return entry.instance
    }

    /// Remembers what was written for a record.
    func remember(_ subject: String, snapshotText: String, instance: WorkflowInstance) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= Self.capacity, entries[subject] == nil {
            entries.removeAll(keepingCapacity: true)
        }
        entries[subject] = Entry(snapshotText: snapshotText, instance: instance)
    }
}
