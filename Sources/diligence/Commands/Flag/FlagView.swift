import DiligenceCore
import DiligenceStore
import Foundation

/// The JSON and text shapes of flags, shared by `flag list`, `flag show` and `partner show`.
enum FlagView {
    static func json(_ flag: FlagEntry) -> JSONValue {
        .object([
            "id": .string(flag.id), "partner": .string(flag.partner),
            "inherited_from": flag.inheritedFrom.map(JSONValue.string) ?? .null,
            "category": .string(flag.category), "level": .string(flag.level), "state": .string(flag.state),
            "open": .bool(flag.isOpen), "valid": .bool(flag.isValid),
            "locks_partner": .bool(flag.locksPartner),
            "reason": .string(flag.reason), "rule": flag.rule.map(JSONValue.string) ?? .null,
            "raised_by": .object(["user": .string(flag.raisedBy.user), "role": .string(flag.raisedBy.role)]),
            "raised_at": JSONOutput.time(flag.raisedAt), "updated_at": JSONOutput.time(flag.updatedAt),
            "escalations": flag.context[FlagKind.escalations.name] ?? .int(0),
            "note": flag.context[FlagKind.note.name] ?? .null,
            "justification": flag.context[FlagKind.justification.name] ?? .null,
            "resolution": flag.context[FlagKind.resolution.name] ?? .null,
        ])
    }

    static func historyJSON(_ event: EventRecord) -> JSONValue {
        .object([
            "seq": .int(event.seq), "event": .string(event.name), "kind": .string(event.kind),
            "user": .string(event.actor.user), "role": .string(event.actor.role),
            "at": JSONOutput.time(event.occurredAt), "data": event.data,
        ])
    }

    /// `yellow compliance: reason (F-0003, inherited from P-0001)`.
    static func line(_ flag: FlagEntry) -> String {
        var place = flag.id
        if let from = flag.inheritedFrom { place += ", inherited from \(from)" }
        if let rule = flag.rule { place += ", rule \(rule)" }
        return "\(flag.state) \(flag.category): \(flag.reason) (\(place))"
    }

    /// One history line: `2026-01-01T00:00:00Z  escalate  ada (programme_officer): note = ...`.
    static func historyLine(_ event: EventRecord) -> String {
        let fields = (event.data.objectValue ?? [:]).sorted { $0.key < $1.key }.compactMap {
            key, value -> String? in
            key == "flag" ? nil : "\(key) = \(PartnerJSON.display(value))"
        }
        return
            "\(Timestamp.format(event.occurredAt))  \(event.name)  \(event.actor.user) (\(event.actor.role))"
            + (fields.isEmpty ? "" : ": " + fields.joined(separator: "; "))
    }
}
