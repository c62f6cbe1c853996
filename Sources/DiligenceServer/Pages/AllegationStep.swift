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
        /// A field the step accepts but does not require: left empty, it is not sent.
        var isOptional = false
        /// A yes-or-no field, chosen from `true` and `false`.
        var isBool = false

        /// What the form shows for one of the field's choices.
        func choiceLabel(_ value: String) -> String {
            guard isBool else { return RoleNames.sentence(value) }
            return value == "true" ? "Yes" : "No"
        }
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

    /// The fields the form of `event` asks for: those the step requires in the case's current
    /// states, then those it accepts (optional).
    static func fields(
        _ event: String, steps: [WorkflowDefinition.AvailableEvent], definition: WorkflowDefinition?
    ) -> [Field] {
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
        let step = steps.first { $0.event == event }
        let named = (step?.requires ?? []).map { ($0, false) } + (step?.accepts ?? []).map { ($0, true) }
        return named.map { path, isOptional in
            let type = definition?.field(path)?.type
            var choices: [String]?
            if case .enumeration(let values)? = type { choices = values }
            let isBool = type == .bool
            if isBool { choices = ["true", "false"] }
            let isDate = type == .date
            let isList = type == .stringList
            return Field(
                name: path, label: AllegationMessages.label(path),
                hint: isDate ? "As YYYY-MM-DD" : isList ? "One per line" : nil,
                choices: choices, isDate: isDate, isList: isList, isOptional: isOptional, isBool: isBool)
        }
    }

    /// A label inside a sentence: its first letter lower case (`UN` stays).
    static func lowered(_ label: String) -> String { label.prefix(1).lowercased() + label.dropFirst() }

    init(
        event: String, form: WebForm, steps: [WorkflowDefinition.AvailableEvent],
        definition: WorkflowDefinition?
    ) {
        self.event = event
        var values: [String: String] = [:]
        let fields = Self.fields(event, steps: steps, definition: definition)
        for field in fields {
            let text = String((form.raw(field.name) ?? "").prefix(2_000)).trimmingCharacters(
                in: .whitespacesAndNewlines)
            values[field.name] = text
            let id = "\(event)-\(field.name)"
            if text.isEmpty, field.isOptional {
                continue
            } else if text.isEmpty {
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
