import DiligenceCore
import Foundation

/// An event about to be appended to the log, with everything its hash covers.
struct LogEntry {
    var subject: String
    var kind: String
    var name: String
    var actor: Actor
    var data: JSONValue
    var occurredAt: Date
    var definitionHash: String
    var outcome: JSONValue

    /// The data and outcome as canonical JSON text, as they are stored.
    func texts() -> (data: String, outcome: String) {
        (data.canonicalText, outcome.canonicalText)
    }

    /// The canonical text the hash covers: every column but the hashes, as sorted-key JSON
    /// (the same bytes as ``JSONValue/canonicalText`` of the row as an object, built from the
    /// already serialised data and outcome so they are not written twice).
    func canonicalText(seq: Int, texts: (data: String, outcome: String)) -> String {
        var bytes: [UInt8] = []
        writeCanonical(seq: seq, texts: texts, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the canonical text (see ``canonicalText(seq:texts:)``) to `output`.
    func writeCanonical(seq: Int, texts: (data: String, outcome: String), to output: inout [UInt8]) {
        output.reserveCapacity(output.count + texts.data.utf8.count + texts.outcome.utf8.count + 320)
        output.append(contentsOf: "{\"actor\":".utf8)
        JSONValue.write(string: actor.user, to: &output)
        output.append(contentsOf: ",\"data\":".utf8)
        output.append(contentsOf: texts.data.utf8)
        output.append(contentsOf: ",\"definition_hash\":".utf8)
        JSONValue.write(string: definitionHash, to: &output)
        output.append(contentsOf: ",\"kind\":".utf8)
        JSONValue.write(string: kind, to: &output)
        output.append(contentsOf: ",\"name\":".utf8)
        JSONValue.write(string: name, to: &output)
        output.append(contentsOf: ",\"occurred_at\":\"".utf8)
        output.append(contentsOf: Timestamp.format(occurredAt).utf8)
        output.append(contentsOf: "\",\"outcome\":".utf8)
        output.append(contentsOf: texts.outcome.utf8)
        output.append(contentsOf: ",\"role\":".utf8)
        JSONValue.write(string: actor.role, to: &output)
        output.append(contentsOf: ",\"seq\":".utf8)
        output.append(contentsOf: String(seq).utf8)
        output.append(contentsOf: ",\"subject\":".utf8)
        JSONValue.write(string: subject, to: &output)
        output.append(UInt8(ascii: "}"))
    }

    /// SHA-256 over the previous row's hash and this row's canonical text.
    func hash(seq: Int, previousHash: String) -> String {
        chainHash(seq: seq, texts: texts(), previousHash: previousHash)
    }

    /// The chain hash (see ``chain(previousHash:canonicalText:)``) from already serialised texts,
    /// hashed from one buffer without building the canonical text as a string.
    func chainHash(seq: Int, texts: (data: String, outcome: String), previousHash: String) -> String {
        var bytes = Array(previousHash.utf8)
        bytes.append(UInt8(ascii: "\n"))
        writeCanonical(seq: seq, texts: texts, to: &bytes)
        return ContentHash.sha256(bytes: bytes)
    }

    static func chain(previousHash: String, canonicalText: String) -> String {
        ContentHash.sha256(previousHash + "\n" + canonicalText)
    }
}

extension Step {
    /// What the step did, as the log records it: transitions, states left and entered, effects and
    /// the record's version after it. (The resulting snapshot is not repeated here: replaying the
    /// log rebuilds it, and `audit verify` compares it with the stored one.)
    func outcome(definition: WorkflowDefinition, changedFrom: String?) -> JSONValue {
        var object: [String: JSONValue] = [
            "transitions": .array(
                transitions.map { transition in
                    .object([
                        "event": transition.event.map(JSONValue.string) ?? .null,
                        "source": .string(transition.source),
                        "target": transition.target.map(JSONValue.string) ?? .null,
                    ])
                }),
            "exited": .array(exited.map(JSONValue.string)),
            "entered": .array(entered.map(JSONValue.string)),
            "effects": .array(effects.map(\.json)),
            "version": .int(instance.version),
        ]
        if let changedFrom { object["definition_changed_from"] = .string(changedFrom) }
        return .object(object)
    }
}

extension AppliedEffect {
    var json: JSONValue {
        switch self {
        case .fieldSet(let path, let old, let new):
            .object([
                "type": "set", "field": .string(path), "old": old?.json ?? .null, "new": new?.json ?? .null,
            ])
        case .deadlineScheduled(let id, let event, let due):
            .object([
                "type": "schedule", "deadline": .string(id), "event": .string(event),
                "due": .string(Timestamp.format(due)),
            ])
        case .deadlineCancelled(let id):
            .object(["type": "cancel", "deadline": .string(id)])
        case .flagRaised(let category, let level, let reason):
            .object([
                "type": "raise_flag", "category": .string(category.rawValue),
                "level": .string(level.rawValue), "reason": .string(reason),
            ])
        case .flagCleared(let category):
            .object(["type": "clear_flag", "category": .string(category.rawValue)])
        case .notification(let role, let message):
            .object(["type": "notify", "role": .string(role), "message": .string(message)])
        }
    }
}
