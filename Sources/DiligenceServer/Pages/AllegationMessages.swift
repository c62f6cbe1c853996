import DiligenceApp
import DiligenceCore
import DiligenceStore

/// The web's wording of allegation cases: field names, values, and the refusals met on the
/// intake form and on a case's steps.
enum AllegationMessages {
    /// A case field's label.
    static func label(_ field: String) -> String {
        [
            "partner": "Partner", "received": "Received", "incident": "Date of the incident",
            "type": "Type of allegation", "channel": "Received through",
            "personnel": "Category of personnel", "victims": "Victims/survivors (counts only)",
            "perpetrators": "Alleged perpetrators", "assistance_counts": "Assistance (counts)",
            "narrative": "What happened", "victim_details": "About the victim/survivor",
            "perpetrator_details": "About the alleged perpetrator(s)", "assistance": "Assistance given",
            "status": "Status", "report_due_on": "Partner's report due by",
            "report_within": "Partner must report within", "reported_on": "Day reported to the UN entity",
            "reported_late": "Reported late", "investigating_entity": "Investigating entity",
            "outcome": "Outcome", "interim_actions": "Interim actions", "final_actions": "Final actions",
            "criminal_referral": "Referred for criminal accountability", "paternity_claim": "Paternity claim",
            "closing_note": "Closing note", "consent": "Consent",
            "consent_on": "Day consent was given or withdrawn",
        ][field] ?? RoleNames.sentence(field)
    }

    /// A value as a page shows it: counts as `women 1, girls 2`, lists one after the other,
    /// yes and no, "Not recorded" for none.
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return "Not recorded"
        case .bool(let flag): return flag ? "Yes" : "No"
        case .int(let number): return "\(number)"
        case .string(let text): return text == "unknown" ? "Not known" : RoleNames.sentence(text)
        case .array(let items):
            return items.isEmpty ? "None" : items.map(text).joined(separator: "; ")
        case .object(let object):
            if object["type"] != nil, object["status"] != nil {
                return [object["type"], object["status"], object["date"]].compactMap { $0.map(text) }
                    .joined(separator: ", ")
            }
            let parts = object.keys.sorted().compactMap { key -> String? in
                guard let count = object[key], count != .int(0) else { return nil }
                return "\(key.replacingOccurrences(of: "_", with: " ")) \(text(count))"
            }
            return parts.isEmpty ? "None" : parts.joined(separator: ", ")
        }
    }

    /// The value of the field `name`: typed texts and dates as they are, `unknown` as "Not known",
    /// the others as ``text(_:)`` words them.
    static func text(_ value: JSONValue, of name: String) -> String {
        if case .string(let raw) = value, raw != "unknown", verbatim.contains(name) { return raw }
        return text(value)
    }

    /// The texts typed as they are (no sentence case): dates, narratives, the channel.
    static let verbatim: Set<String> = [
        "received", "incident", "channel", "narrative", "victim_details", "perpetrator_details",
        "report_due_on", "reported_on", "investigating_entity", "closing_note", "consent_on", "partner",
    ]

    static let statusColours = [
        "received": "red", "closed": "green", "actions_taken": "green", "substantiated": "yellow",
    ]

    /// A status as a tag: its label and colour.
    /// Waiting on the partner's report is red, closed or acted on green, substantiated yellow,
    /// every other status blue.
    static func tag(_ status: String) -> [String: String] {
        ["label": statusName(status), "colour": statusColours[status] ?? "blue"]
    }

    /// A status as users read it.
    static func statusName(_ status: String) -> String {
        status == "reported_to_un" ? "Reported to the UN entity" : RoleNames.sentence(status)
    }

    /// A step's button and title.
    static func eventName(_ event: String) -> String {
        [
            "report_to_un": "Record the partner's report to the UN entity",
            "start_assessment": "Start the preliminary assessment", "consent_given": "Record consent given",
            "consent_withdrawn": "Record consent withdrawn", "assist": "Record assistance",
            "record_interim_actions": "Record interim actions", "record_actions": "Record final actions",
            "investigate": "Start the investigation", "conclude": "Record the outcome",
            "close": "Close the case",
            "end_assistance": "End assistance",
        ][event] ?? RoleNames.sentence(event)
    }

    /// The intake form's field for a value the report refused.
    static func formField(_ field: AllegationField) -> String {
        switch field {
        case .received: "received"
        case .incident: "incident"
        case .type: "type"
        case .channel: "channel"
        case .personnel: "personnel"
        case .victims: "victims-women"
        case .perpetrators: "perpetrators"
        case .date: "date"
        case .restrictedText, .unknownText: "narrative"
        }
    }

    /// A refused value in a user's words.
    static func message(_ error: AllegationInputError) -> String {
        switch error.field {
        case .received:
            return
                "Enter the day the allegation was received as YYYY-MM-DD, not in the future (\(error.message))"
        case .incident:
            return
                "Enter the day of the incident as YYYY-MM-DD, or leave it empty if it is unknown (\(error.message))"
        case .type: return "Choose the type of allegation"
        case .channel:
            return "Name the channel in one line of at most \(AllegationReport.maximumChannel) characters"
        case .personnel: return "Choose the category of personnel"
        case .restrictedText, .unknownText:
            return "What happened must be \(AllegationReport.maximumText) characters or fewer"
        default:
            return String(error.message.prefix(1)).uppercased() + error.message.dropFirst()
        }
    }
}
