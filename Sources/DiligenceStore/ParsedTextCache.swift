import Foundation

/// What was last parsed from a stored text, by record: when the same record's text is read again
/// unchanged (a partner's facts read its assessments before every event), the parsed value is
/// reused instead of parsing the JSON again. Parsing is a function of the text alone, so an entry
/// is used only when the text read is identical to the one it was parsed from.
final class ParsedTextCache<Parsed>: @unchecked Sendable {
    private struct Entry {
        var text: String
        var parsed: Parsed
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// Entries kept at most; the cache is emptied when it would grow beyond.
    let capacity: Int

    init(capacity: Int = 1_024) { self.capacity = capacity }

    /// The value parsed from `text` for `key`: remembered, or parsed by `parse` and remembered.
    func value(_ key: String, text: String, parse: (String) throws -> Parsed) rethrows -> Parsed {
        lock.lock()
        if let entry = entries[key], entry.text == text {
            lock.unlock()
            return entry.parsed
        }
        lock.unlock()
        let parsed = try parse(text)
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= capacity, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
        entries[key] = Entry(text: text, parsed: parsed)
        return parsed
    }
}
