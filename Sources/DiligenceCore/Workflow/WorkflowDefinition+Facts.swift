extension WorkflowDefinition {
    /// The values of this workflow's derived fields from facts given by name: a derived field
    /// with no fact is unset, facts for fields the workflow does not declare (or that are not
    /// derived) are ignored, and a fact of the wrong type is left out.
    public func derivedValues(_ facts: [String: Value]) -> [FieldValue] {
        fields.filter(\.isDerived).map { field in
            let value = facts[field.path].flatMap { $0.conforms(to: field.type) ? $0 : nil }
            return FieldValue(field: FieldID(slot: field.slot, path: field.path), value: value)
        }
    }
}
