extension WorkflowDefinition {
    /// Builds an event from its name and `field=value` texts, parsing each value for its field's
    /// type. An empty value (`field=`) unsets the field; a field given twice keeps the last
    /// value. The data comes back in declaration order, so the log records it the same way
    /// whatever order it was typed in.
    public func event(_ name: String, assignments: [(field: String, value: String)]) throws(EventDataError)
        -> EventInput
    {
        var data: [FieldValue] = []
        for (path, text) in assignments {
            guard let field = field(path) else {
                throw .unknownField(path, suggestion: Suggestion.closest(to: path, among: fieldNames))
            }
            guard !field.isDerived else { throw .derivedField(path) }
            let id = FieldID(slot: field.slot, path: field.path)
            if text.isEmpty {
                data.append(FieldValue(field: id, value: nil))
                continue
            }
            do {
                data.append(FieldValue(field: id, value: try Value.parse(text, as: field.type)))
            } catch {
                throw .badValue(path, error)
            }
        }
        var latest: [Int: FieldValue] = [:]
        for item in data { latest[item.field.slot] = item }
        return EventInput(name, data: latest.values.sorted { $0.field.slot < $1.field.slot })
    }
}

/// A `--set field=value` that does not fit the workflow.
public enum EventDataError: Error, Hashable, Sendable {
    /// No such field.
    case unknownField(String, suggestion: String?)
    /// The value does not parse for the field's type.
    case badValue(String, ValueParseError)
    /// The field is computed from the records and cannot be set by hand.
    case derivedField(String)

    /// What is wrong, in a user's words.
    public var explanation: String {
        switch self {
        case .unknownField(let path, let suggestion):
            "\"\(path)\" is not a field of this workflow"
                + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .badValue(let path, let error):
            "the value for \(path): \(error.description)"
        case .derivedField(let path):
            "\(path) is computed from the records and cannot be set by hand"
        }
    }
}
