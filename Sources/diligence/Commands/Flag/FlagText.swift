import DiligenceCore
import DiligenceStore
import Foundation

/// The text shapes of flags, shared by `flag list`, `flag show` and `partner show`.
enum FlagText {
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
            key == "flag" ? nil : "\(key) = \(PartnerText.display(value))"
        }
        return
            "\(Timestamp.format(event.occurredAt))  \(event.name)  \(event.actor.user) (\(event.actor.role))"
            + (fields.isEmpty ? "" : ": " + fields.joined(separator: "; "))
    }
}
