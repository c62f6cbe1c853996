import DiligenceCore
import DiligenceWebForms

/// A step posted on a case's page, read from its form: the values each field needs, checked
/// before anything is sent (an empty required field, a date not written as YYYY-MM-DD, a value
/// not on the list), each error beside its field.
struct AllegationStep {
    /// One field of a step's form.
    struct Field {
        /// The form's field name (the workflow field's path, or `type`, `status`, `date` for
        /// assistance).
        var name: String
        var label: String
        var hint: String?
        /// The values to choose from, for a list.
        var choices: [String]?
        var isDate: Bool
        var isList: Bool
    }

    var event: String
    var errors: [FieldError] = []
    /// What was typed, by field name, to fill the form again.
    var typed: (event: String, values: [String: String])
    /// The data to send with a workflow event.
    var data: [(field: String, value: String)] = []
    /// The day, for consent.
    var day: LocalDate?
    /// The entry, for assistance.
    var assistance: AssistanceEntry?

    /// The fields the form of `event` asks for.
    static func fields(_ event: String, definition: WorkflowDefinition?) -> [Field] {
        if event == AllegationKind.assist.name {
            return [
                Field(
                    name: "type", label: "Type of assistance", choices: AssistanceType.names, isDate: false,
                    isList: false),
                Field(
                    name: "status", label: "Assistance status", choices: AssistanceStatus.names,
                    isDate: false,
                    isList: false),
                Field(
                    name: "date", label: "Day of the assistance", hint: "As YYYY-MM-DD", isDate: true,
                    isList: false),
            ]
        }
        let requires =
            definition?.states.lazy.flatMap(\.transitions).first { $0.event == event }?.requires.map(\.path)
            ?? []
        return requires.map { path in
            let type = definition?.field(path)?.type
            var choices: [String]?
            if case .enumeration(let values)? = type { choices = values }
            let isDate = type == .date
            let isList = type == .stringList
            return Field(
                name: path, label: AllegationMessages.label(path),
                hint: isDate ? "As YYYY-MM-DD" : isList ? "One per line" : nil,
                choices: choices, isDate: isDate, isList: isList)
        }
    }

    /// A label inside a sentence: its first letter lower case (`UN` stays).
    static func lowered(_ label: String) -> String { label.prefix(1).lowercased() + label.dropFirst() }

    init(event: String, form: WebForm, definition: WorkflowDefinition?) {
        self.event = event
        var values: [String: String] = [:]
        let fields = Self.fields(event, definition: definition)
        for field in fields {
            let text = String((form.raw(field.name) ?? "").prefix(2_000)).trimmingCharacters(
                in: .whitespacesAndNewlines)
            values[field.name] = text
            let id = "\(event)-\(field.name)"
            if text.isEmpty {
                errors.append(
                    FieldError(
                        field: id,
                        message: field.choices != nil
                            ? "Choose the \(Self.lowered(field.label))"
                            : "Enter the \(Self.lowered(field.label))"))
            } else if field.isDate, LocalDate(text) == nil {
                errors.append(
                    FieldError(field: id, message: "Enter the \(Self.lowered(field.label)) as YYYY-MM-DD"))
            } else if let choices = field.choices, !choices.contains(text) {
                errors.append(
                    FieldError(field: id, message: "Choose the \(Self.lowered(field.label)) from the list"))
            } else if field.isList {
                data.append(
                    (
                        field.name,
                        text.split(whereSeparator: \.isNewline).map {
                            $0.replacingOccurrences(of: ",", with: ";")
                        }.joined(separator: ",")
                    ))
            } else {
                data.append((field.name, text))
            }
        }
        typed = (event, values)
        guard errors.isEmpty else { return }
        if event == AllegationKind.consentGiven.name || event == AllegationKind.consentWithdrawn.name {
            day = values[AllegationKind.consentOn.name].flatMap { LocalDate($0) }
        }
        if event == AllegationKind.assist.name,
            let type = values["type"].flatMap(AssistanceType.init(rawValue:)),
            let status = values["status"].flatMap(AssistanceStatus.init(rawValue:)),
            let date = values["date"].flatMap({ LocalDate($0) })
        {
            assistance = AssistanceEntry(type: type, status: status, date: date)
        }
    }
}
