import DiligenceCore

extension InstanceSnapshot {
    /// The canonical text of the snapshot of `instance` under `definition`: the same bytes as
    /// `InstanceSnapshot(instance, definition: definition).json.canonicalText`, written straight
    /// into one buffer without building the snapshot's dictionaries first (every event writes one).
    static func canonicalText(of instance: WorkflowInstance, definition: WorkflowDefinition) -> String {
        var fields: [(path: String, value: Value)] = []
        for field in definition.fields {
            if let value = instance.values[field.slot] { fields.append((field.path, value)) }
        }
        fields.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        var output: [UInt8] = []
        output.reserveCapacity(256)
        // The keys in their canonical order: complete, context, states, version.
        output.append(contentsOf: #"{"complete":"#.utf8)
        output.append(contentsOf: instance.isComplete ? "true".utf8 : "false".utf8)
        output.append(contentsOf: #","context":{"#.utf8)
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONValue.write(string: field.path, to: &output)
            output.append(UInt8(ascii: ":"))
            field.value.json.write(to: &output)
        }
        output.append(contentsOf: #"},"states":["#.utf8)
        for (index, state) in definition.activeStateIDs(of: instance).enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONValue.write(string: state, to: &output)
        }
        output.append(contentsOf: #"],"version":"#.utf8)
        output.append(contentsOf: String(instance.version).utf8)
        output.append(UInt8(ascii: "}"))
        return String(decoding: output, as: UTF8.self)
    }
}
