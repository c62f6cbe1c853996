import DiligenceCore
import DiligenceStore

/// What of an allegation case's log rows a reader sees (`history`, `audit log`): the data and the
/// `set` effects of the field classes their role reads
/// (Assessments/allegation-confidentiality.yaml), for the cases of partners they may see. Event
/// names, times, actors and states stay visible: they say that the case was handled, not what it
/// holds. Sealed values (restricted) are shown only to roles that read restricted fields. Each row
/// is one case, so a role that reads no case fields sees none of its aggregate counts either
/// (a manager reads aggregates as totals over cases, in `audit indicators` and `allegation list`,
/// never one case's victims or perpetrators).
struct AllegationEventFilter: Sendable {
    var confidentiality: AllegationConfidentiality
    /// The classes the reader reads; empty without a role.
    var classes: Set<FieldClass>
    /// Cases whose partner the reader may not see (their data is hidden like for a reader
    /// without a role).
    var hiddenCases: Set<String> = []

    /// The classes the reader sees in one case's rows: aggregate counts only with the case fields.
    private var casewise: Set<FieldClass> {
        classes.contains(.case) || classes.contains(.restricted) ? classes : classes.subtracting([.aggregate])
    }

    /// The event as the reader may see it.
    func visible(_ event: EventRecord) -> EventRecord {
        var event = event
        let classes = hiddenCases.contains(event.subject) ? [] : casewise
        event.data = Self.filter(event.data, classes: classes, confidentiality: confidentiality)
        if var outcome = event.outcome.objectValue, let effects = outcome["effects"]?.arrayValue {
            outcome["effects"] = .array(
                effects.filter { effect in
                    guard effect["type"]?.stringValue == "set", let field = effect["field"]?.stringValue
                    else {
                        return true
                    }
                    return Self.reads(field, classes: classes, confidentiality: confidentiality)
                })
            event.outcome = .object(outcome)
        }
        return event
    }

    /// Keeps the keys of `data` the classes read; the report's record (`allegation`) is filtered
    /// field by field. Keys that are no field of a case (a read's command) stay.
    static func filter(
        _ data: JSONValue, classes: Set<FieldClass>, confidentiality: AllegationConfidentiality
    ) -> JSONValue {
        guard let object = data.objectValue else { return data }
        var kept: [String: JSONValue] = [:]
        for (key, value) in object {
            if key == "allegation" {
                kept[key] = filter(value, classes: classes, confidentiality: confidentiality)
            } else if reads(key, classes: classes, confidentiality: confidentiality) {
                kept[key] = value
            }
        }
        return .object(kept)
    }

    private static func reads(
        _ key: String, classes: Set<FieldClass>, confidentiality: AllegationConfidentiality
    ) -> Bool {
        if key == "sealed" { return classes.contains(.restricted) }
        guard let fieldClass = confidentiality.fieldClass(key) else {
            return !["command", "fields", "reason"].contains(key) ? classes.contains(.restricted) : true
        }
        return classes.contains(fieldClass)
    }
}
