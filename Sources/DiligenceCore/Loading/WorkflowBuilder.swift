import Foundation
import Yams

/// Builds a ``WorkflowDefinition`` from a composed YAML tree in two passes: first the roles,
/// fields and the tree of states (so every name is known), then transitions, guards and effects.
struct WorkflowBuilder {
    var reader: NodeReader
    let text: String
    var roles: [RoleDefinition] = []
    var fields: [FieldDefinition] = []
    var states: [StateDefinition] = []
    var stateNodes: [Int: [(key: String, keyNode: Node, value: Node)]] = [:]
    var stateIDs: [String: Int] = [:]

    init(file: String, text: String) {
        reader = NodeReader(file: file)
        self.text = text
    }

    var file: String { reader.file }

    mutating func build(_ root: Node) -> WorkflowDefinition? {
        guard let entries = reader.entries(root, what: "the workflow file", allowed: WorkflowLoader.topKeys)
        else { return nil }
        let byKey = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        func required(_ key: String) -> Node? {
            if let entry = byKey[key] { return entry.value }
            reader.error(.missingKey, "the workflow file needs a \"\(key):\" line", at: root)
            return nil
        }
        let id = required("workflow").flatMap { reader.name($0, what: "the workflow id") } ?? ""
        let title = byKey["title"].flatMap { reader.text($0.value, what: "title") } ?? id
        let subject = byKey["subject"].flatMap { reader.name($0.value, what: "subject") } ?? "partner"
        let version = byKey["version"].flatMap { reader.integer($0.value, what: "version") } ?? 1
        if let rolesNode = required("roles") { readRoles(rolesNode) }
        if let fieldsNode = byKey["fields"]?.value { readFields(fieldsNode) }
        var startedBy: [String]?
        if let startNode = byKey["started_by"]?.value {
            startedBy = (reader.names(startNode, what: "a role in started_by") ?? []).compactMap { role, at in
                guard roles.contains(where: { $0.id == role }) else {
                    reader.error(
                        .unknownRole,
                        "started_by names the role \"\(role)\", which the workflow does not declare under roles:",
                        at: at)
                    return nil
                }
                return role
            }
        }
        let rootLocation = reader.location(of: root)
        states = [
            StateDefinition(id: "", index: 0, kind: .compound, parent: nil, depth: 0, location: rootLocation)
        ]
        if let statesNode = required("states") {
            readStateTree(statesNode, parent: 0)
        }
        if let initialNode = required("initial") {
            states[0].initial = resolveInitial(initialNode, of: 0)
        }
        for index in states.indices.dropFirst() { readBehaviour(of: index) }
        return WorkflowDefinition(
            id: id, title: title, subject: subject, version: version,
            hash: ContentHash.sha256(text), source: text, file: file, roles: roles,
            fields: fields, states: states, startedBy: startedBy)
    }

    private mutating func readRoles(_ node: Node) {
        var seen = Set<String>()
        func add(_ id: String, _ description: String?, _ at: Node) {
            if id == SystemRole.name {
                reader.error(
                    .invalidValue, "the role \"system\" is reserved for deadlines the engine sends", at: at)
            } else if !seen.insert(id).inserted {
                reader.error(.duplicateID, "the role \"\(id)\" is declared twice", at: at)
            } else {
                roles.append(
                    RoleDefinition(id: id, description: description, location: reader.location(of: at)))
            }
        }
        if case .mapping = node {
            for entry in reader.entries(node, what: "roles") ?? [] {
                guard NodeReader.isName(entry.key) else {
                    _ = reader.name(entry.keyNode, what: "a role id")
                    continue
                }
                add(
                    entry.key,
                    reader.isNull(entry.value) ? nil : reader.text(entry.value, what: "a role's description"),
                    entry.keyNode)
            }
        } else {
            for (id, at) in reader.names(node, what: "a role id") ?? [] { add(id, nil, at) }
        }
        if roles.isEmpty && reader.report.isValid {
            reader.error(
                .missingKey, "the workflow declares no roles; list who may send its events", at: node)
        }
    }

    private mutating func readFields(_ node: Node) {
        for entry in reader.entries(node, what: "fields") ?? [] {
            guard NodeReader.isName(entry.key) else {
                _ = reader.name(entry.keyNode, what: "a field name")
                continue
            }
            let what = "field \"\(entry.key)\""
            var typeNode = entry.value
            var properties: [String: (keyNode: Node, value: Node)] = [:]
            if case .mapping = entry.value {
                for property in reader.entries(entry.value, what: what, allowed: WorkflowLoader.fieldKeys)
                    ?? []
                {
                    properties[property.key] = (property.keyNode, property.value)
                }
                guard let declared = properties["type"]?.value else {
                    reader.error(
                        .missingKey,
                        "\(what) needs a type (bool, int, decimal, string, enum, date, duration, list)",
                        at: entry.keyNode)
                    continue
                }
                typeNode = declared
            }
            guard let type = fieldType(typeNode, values: properties["values"]?.value, what: what) else {
                continue
            }
            var defaultValue: Value?
            if let defaultNode = properties["default"]?.value, !reader.isNull(defaultNode) {
                defaultValue = literal(defaultNode, as: type, what: "the default of \(what)")
            }
            let description = properties["description"].flatMap { reader.text($0.value, what: "description") }
            let derived = properties["derived"].flatMap { reader.boolean($0.value, what: "derived") } ?? false
            fields.append(
                FieldDefinition(
                    path: entry.key, slot: fields.count, type: type, defaultValue: defaultValue,
                    description: description, location: reader.location(of: entry.keyNode), isDerived: derived
                ))
        }
    }

    private mutating func fieldType(_ node: Node, values: Node?, what: String) -> ValueType? {
        guard let name = reader.text(node, what: "the type of \(what)") else { return nil }
        let simple: [String: ValueType] = [
            "bool": .bool, "int": .int, "decimal": .decimal, "string": .string, "date": .date,
            "duration": .duration, "list": .stringList,
        ]
        if name == "enum" {
            guard let values else {
                reader.error(
                    .missingKey, "\(what) is an enum and needs its values: values: [a, b, c]", at: node)
                return nil
            }
            let names = (reader.names(values, what: "an enum value") ?? []).map(\.0)
            guard !names.isEmpty else {
                reader.error(.invalidValue, "\(what) is an enum with no values", at: values)
                return nil
            }
            if Set(names).count != names.count {
                reader.error(.duplicateID, "\(what) lists the same value twice", at: values)
            }
            return .enumeration(values: names)
        }
        guard let type = simple[name] else {
            var message =
                "\(what) has the unknown type \"\(name)\"; use bool, int, decimal, string, enum, date, duration or list"
            if let suggestion = Suggestion.closest(to: name, among: Array(simple.keys) + ["enum"]) {
                message += " (did you mean \"\(suggestion)\"?)"
            }
            reader.error(.invalidValue, message, at: node)
            return nil
        }
        if let values {
            reader.error(.unknownKey, "\(what) has values, but only an enum takes values", at: values)
        }
        return type
    }

    /// A literal written in the file for a field of the given type.
    mutating func literal(_ node: Node, as type: ValueType, what: String) -> Value? {
        if type == .stringList, case .sequence = node {
            guard let items = reader.items(node, what: what) else { return nil }
            return .list(items.compactMap { reader.text($0, what: "an item of \(what)") })
        }
        guard let text = reader.text(node, what: what) else { return nil }
        do {
            return try Value.parse(text, as: type)
        } catch {
            reader.error(.invalidValue, "\(what): \(error.description)", at: node)
            return nil
        }
    }
}
