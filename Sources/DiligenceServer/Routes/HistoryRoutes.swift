import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// A record's history as a timeline: each event, who, when and what it did, as the layer lets
/// the account see it.
extension WebApp {
    func addHistoryRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/records/{id}/history") { _, context in
            let actor = try context.signedIn
            let id = String(try context.parameters.require("id").prefix(40))
            let timeline: RecordTimeline
            do {
                timeline = try await service.timeline(id, by: actor)
            } catch {
                if let response = caseRefusal(error, context: context) { return response }
                if let error = error as? DiligenceError, error.code == .caseNeedsReader {
                    return forbidden(context, needed: service.allegationCaseReaderRoles)
                }
                throw error
            }
            let values: [String: Any] = [
                "record": [
                    "id": id, "kind": RoleNames.sentence(timeline.kind),
                    "href": Self.recordLink(timeline), "partner": timeline.partner ?? false,
                ] as [String: Any],
                "events": timeline.events.map(Self.timelineEntry),
            ]
            return pages.page(
                "history", title: "History of \(id)", values: values, context: context,
                navigation: await navigation(
                    timeline.kind == "allegation" ? "allegations" : "partners", context))
        }
    }

    /// The page of a record, for the timeline's link back.
    static func recordLink(_ timeline: RecordTimeline) -> String {
        switch timeline.kind {
        case "assessment": "/assessments/\(timeline.subject)"
        case "flag": "/flags/\(timeline.subject)"
        case "allegation": "/allegations/\(timeline.subject)"
        case "training": "/partners/\(timeline.partner ?? timeline.subject)/training"
        default: "/partners/\(timeline.partner ?? timeline.subject)"
        }
    }

    /// `value` without its sealed (encrypted) values, and whether it held any: ciphertext tells
    /// a reader nothing.
    static func withoutSealed(_ value: JSONValue) -> (JSONValue, Bool) {
        switch value {
        case .object(let object):
            var kept: [String: JSONValue] = [:]
            var sealed = false
            for (key, inner) in object {
                if key.hasPrefix("sealed") {
                    sealed = true
                    continue
                }
                let (cleaned, innerSealed) = withoutSealed(inner)
                sealed = sealed || innerSealed
                kept[key] = cleaned
            }
            return (.object(kept), sealed)
        case .array(let items):
            let cleaned = items.map(withoutSealed)
            return (.array(cleaned.map(\.0)), cleaned.contains { $0.1 })
        default: return (value, false)
        }
    }

    /// One event of a timeline: what, when, who, the data it carried and the states it moved.
    static func timelineEntry(_ event: EventRecord) -> [String: Any] {
        let what: String =
            switch event.name {
            case "read_restricted": "Restricted details read"
            case "read_refused": "Reading the restricted details refused"
            default: RoleNames.sentence(event.name)
            }
        var lines: [String] = []
        let (data, sealed) = withoutSealed(event.data)
        if sealed { lines.append("Restricted details: kept encrypted") }
        if let object = data.objectValue {
            for key in object.keys.sorted() where key != "command" {
                guard let value = object[key] else { continue }
                let shown: String
                if case .string(let raw) = value {
                    shown = raw
                } else {
                    shown = AllegationMessages.text(value)
                }
                lines.append("\(RoleNames.sentence(key)): \(shown)")
            }
        }
        let moved = (event.outcome["states"]?.arrayValue ?? []).compactMap(\.stringValue)
        return [
            "what": what, "when": Dates.minute(event.occurredAt),
            "datetime": Timestamp.format(event.occurredAt),
            "who": event.actor.role == "system"
                ? "diligence (automatic)" : "\(event.actor.user), \(RoleNames.name(event.actor.role))",
            "lines": lines,
            "moved": moved.isEmpty
                ? false : "Now at " + moved.map(RoleNames.sentence).joined(separator: ", "),
        ]
    }
}
