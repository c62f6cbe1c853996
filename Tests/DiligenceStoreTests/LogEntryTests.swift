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
}
