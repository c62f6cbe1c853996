import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

@Suite struct LogEntryTests {
    @Test func theHashedTextIsTheCanonicalJSONOfTheRow() {
        let entry = LogEntry(
            subject: "P-0001", kind: "event", name: "suspend",
            actor: Actor(user: "max \"M\"", role: "manager"),
            data: .object(["suspension_reason": .string("audit\nfinding")]),
            occurredAt: Date(timeIntervalSince1970: 1_767_225_600.25), definitionHash: "abc",
            outcome: .object(["entered": .array([.string("suspended")])]))
        let row: JSONValue = .object([
            "seq": .int(7), "subject": .string(entry.subject), "kind": .string(entry.kind),
            "name": .string(entry.name),
            "actor": .string(entry.actor.user), "role": .string(entry.actor.role), "data": entry.data,
            "occurred_at": .string("2026-01-01T00:00:00.250Z"),
            "definition_hash": .string(entry.definitionHash),
            "outcome": entry.outcome,
        ])
        #expect(entry.canonicalText(seq: 7, texts: entry.texts()) == row.canonicalText)
        #expect(entry.hash(seq: 7, previousHash: "p") == ContentHash.sha256("p\n" + row.canonicalText))
    }

    /// The chain hash is taken from one buffer; it must be the hash of the previous hash, a line
    /// break and the canonical text, exactly as rows already in logs were hashed.
    @Test func theChainHashFromOneBufferIsTheHashOfTheText() {
        let entry = LogEntry(
            subject: "P-0002", kind: "refresh", name: "refresh",
            actor: Actor(user: "refresh", role: "system"),
            data: .object(["facts": .object(["capacity_level": .string("full"), "open_red_flags": .int(12)])]
            ),
            occurredAt: Date(timeIntervalSince1970: 1_767_225_600), definitionHash: "def",
            outcome: .object(["version": .int(3), "note": .string("tab\there, é, \u{1}")]))
        let previous = ContentHash.genesis
        let texts = entry.texts()
        #expect(
            entry.chainHash(seq: 12, texts: texts, previousHash: previous)
                == LogEntry.chain(
                    previousHash: previous, canonicalText: entry.canonicalText(seq: 12, texts: texts)))
        #expect(ContentHash.sha256(bytes: Array("abc".utf8)) == ContentHash.sha256("abc"))
    }
}

/// Parsed stored texts are reused only while the text read is the same.
@Suite struct ParsedTextCacheTests {
    @Test func aChangedTextIsParsedAgain() {
        let cache = ParsedTextCache<Int>(capacity: 2)
        var parses = 0
        func parse(_ text: String) -> Int {
            parses += 1
            return text.count
        }
        #expect(cache.value("A-0001", text: "abc", parse: parse) == 3)
        #expect(cache.value("A-0001", text: "abc", parse: parse) == 3)
        #expect(parses == 1)
        #expect(cache.value("A-0001", text: "abcd", parse: parse) == 4)
        #expect(parses == 2)
        _ = cache.value("A-0002", text: "x", parse: parse)
        _ = cache.value("A-0003", text: "y", parse: parse)
        #expect(cache.value("A-0001", text: "abcd", parse: parse) == 4)
        #expect(parses == 5, "a full cache is emptied, so A-0001 is parsed again")
    }
}
