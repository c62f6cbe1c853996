import Foundation
import Yams

extension WorkflowBuilder {
    /// First pass: numbers the states in document order and records kinds and parents.
    mutating func readStateTree(_ node: Node, parent: Int) {
        let what = parent == 0 ? "states" : "the states of \"\(states[parent].id)\""
        guard let entries = reader.entries(node, what: what) else { return }
        if entries.isEmpty {
            reader.error(.missingKey, "\(what) is empty", at: node)
        }
        for entry in entries {
            guard let id = reader.name(entry.keyNode, what: "a state id") else { continue }
            if let existing = stateIDs[id] {
                reader.error(
                    .duplicateID,
                    "the state id \"\(id)\" is used twice (first at line \(states[existing].location.line)); state ids must be unique in a workflow",
                    at: entry.keyNode)
                continue
            }
            let index = states.count
            var state = StateDefinition(
                id: id, index: index, kind: .atomic, parent: parent, depth: states[parent].depth + 1,
                location: reader.location(of: entry.keyNode))
            stateIDs[id] = index
            let properties: [(key: String, keyNode: Node, value: Node)]
            if reader.isNull(entry.value) {
                properties = []
            } else {
                properties =
                    reader.entries(entry.value, what: "state \"\(id)\"", allowed: WorkflowLoader.stateKeys)
                    ?? []
            }
            stateNodes[index] = properties
            let byKey = Dictionary(properties.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            let declaredKind = byKey["type"].flatMap { kindNode -> StateKind? in
                guard let name = reader.text(kindNode, what: "the type of state \"\(id)\"") else {
                    return nil
                }
                guard let kind = StateKind(rawValue: name) else {
                    reader.error(
                        .invalidValue,
                        "state \"\(id)\" has the unknown type \"\(name)\"; use atomic, compound, parallel or final",
                        at: kindNode)
                    return nil
                }
                return kind
            }
            state.kind = declaredKind ?? (byKey["states"] != nil ? .compound : .atomic)
            states.append(state)
            states[parent].children.append(index)
            let hasChildren = byKey["states"] != nil
            switch state.kind {
            case .compound, .parallel:
                if let children = byKey["states"] {
                    readStateTree(children, parent: index)
                } else {
                    reader.error(
                        .missingKey,
                        "state \"\(id)\" is \(state.kind.rawValue) and needs its child states under states:",
                        at: entry.keyNode)
                }
            case .atomic, .final:
                if hasChildren, let children = byKey["states"] {
                    reader.error(
                        .invalidValue,
                        "state \"\(id)\" is \(state.kind.rawValue) and cannot have child states; remove type: or the states:",
                        at: children)
                }
            }
        }
    }

    /// The child a compound state (or the workflow) enters first.
    mutating func resolveInitial(_ node: Node, of parent: Int) -> Int? {
        guard let id = reader.name(node, what: "initial") else { return nil }
        guard let index = stateIDs[id] else {
            reader.error(.unknownState, unknownStateMessage(id, what: "the initial state"), at: node)
            return nil
        }
        guard states[index].parent == parent else {
            let owner = parent == 0 ? "the workflow" : "state \"\(states[parent].id)\""
            reader.error(
                .unknownState,
                "the initial state of \(owner) must be one of its own child states, and \"\(id)\" is not",
                at: node)
            return nil
        }
        return index
    }

    func unknownStateMessage(_ id: String, what: String) -> String {
        var message = "\(what) \"\(id)\" is not a state of this workflow"
        if let suggestion = Suggestion.closest(to: id, among: Array(stateIDs.keys)) {
            message += "; did you mean \"\(suggestion)\"?"
        }
        return message
    }

    /// Second pass: transitions, done transitions, entry and exit effects, deadlines.
    mutating func readBehaviour(of index: Int) {
        let id = states[index].id
        for entry in stateNodes[index] ?? [] {
            switch entry.key {
            case "description":
                states[index].description = reader.text(entry.value, what: "description")
            case "initial":
                if states[index].kind == .compound {
                    states[index].initial = resolveInitial(entry.value, of: index)
                } else {
                    reader.error(
                        .invalidValue,
                        "only a compound state has an initial state; \"\(id)\" is \(states[index].kind.rawValue)",
                        at: entry.keyNode)
                }
            case "on":
                for item in reader.items(entry.value, what: "the transitions of \"\(id)\"") ?? [] {
                    if let transition = readTransition(item, source: index, kind: .event) {
                        states[index].transitions.append(transition)
                    }
                }
            case "done":
                if states[index].kind != .compound && states[index].kind != .parallel {
                    reader.error(
                        .invalidValue,
                        "state \"\(id)\" is \(states[index].kind.rawValue); only compound and parallel states complete and take a done transition",
                        at: entry.keyNode)
                    continue
                }
                let items: [Node] = (entry.value.sequence.map(Array.init)) ?? [entry.value]
                for item in items {
                    if let transition = readTransition(item, source: index, kind: .done) {
                        states[index].done.append(transition)
                    }
                }
            case "always":
                if states[index].kind == .final {
                    reader.error(
                        .invalidValue,
                        "the final state \"\(id)\" cannot have always transitions: nothing leaves a final state",
                        at: entry.keyNode)
                    continue
                }
                for item in reader.items(entry.value, what: "the always transitions of \"\(id)\"") ?? [] {
                    if let transition = readTransition(item, source: index, kind: .always) {
                        states[index].always.append(transition)
                    }
                }
            case "entry":
                states[index].entry = readEffects(entry.value, what: "the entry effects of \"\(id)\"")
            case "exit":
                states[index].exit = readEffects(entry.value, what: "the exit effects of \"\(id)\"")
            case "deadlines":
                for item in reader.items(entry.value, what: "the deadlines of \"\(id)\"") ?? [] {
                    if let deadline = readDeadline(item, defaultID: nil, owner: id) {
                        states[index].deadlines.append(deadline)
                    }
                }
            default:
                break
            }
        }
        if states[index].kind == .compound, states[index].initial == nil,
            !(stateNodes[index] ?? []).contains(where: { $0.key == "initial" })
        {
            if let first = states[index].children.first, states[index].children.count == 1 {
                states[index].initial = first
            } else if !states[index].children.isEmpty {
                reader.error(
                    .missingKey,
                    "compound state \"\(id)\" needs an initial: line naming the child state it starts in",
                    at: states[index].location)
            }
        }
    }

    /// How a transition is triggered: by an event, by its state completing, or by its guard
    /// becoming true.
    enum TransitionKind {
        case event, done, always
    }

    mutating func readTransition(_ node: Node, source: Int, kind: TransitionKind) -> TransitionDefinition? {
        let sourceID = states[source].id
        let isDone = kind != .event
        let what: String
        switch kind {
        case .event: what = "a transition of \"\(sourceID)\""
        case .done: what = "the done transition of \"\(sourceID)\""
        case .always: what = "an always transition of \"\(sourceID)\""
        }
        let allowed = isDone ? WorkflowLoader.doneKeys : WorkflowLoader.transitionKeys
        guard let entries = reader.entries(node, what: what, allowed: allowed) else { return nil }
        let byKey = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var event: String?
        if !isDone {
            guard let eventNode = byKey["event"] else {
                reader.error(.missingKey, "\(what) needs the event that triggers it: event: name", at: node)
                return nil
            }
            event = reader.name(eventNode, what: "an event name")
            guard event != nil else { return nil }
        }
        let label = event.map { "the transition on \"\($0)\" from \"\(sourceID)\"" } ?? what
        var target: Int?
        if let targetNode = byKey["target"], !reader.isNull(targetNode) {
            if let id = reader.name(targetNode, what: "a target state") {
                if let index = stateIDs[id] {
                    target = index
                } else {
                    reader.error(
                        .unknownState, unknownStateMessage(id, what: "the target of \(label)"), at: targetNode
                    )
                }
            }
        } else if kind == .done {
            reader.error(
                .missingKey, "\(what) needs a target: the state to go to when \"\(sourceID)\" completes",
                at: node)
        } else if kind == .always {
            reader.error(
                .missingKey, "\(what) needs a target: the state to go to as soon as its guard holds", at: node
            )
        }
        if kind == .always, byKey["guard"] == nil {
            reader.error(
                .missingKey, "\(what) needs a guard: it is taken as soon as the guard holds", at: node)
        }
        var guardExpression: CompiledExpression?
        if let guardNode = byKey["guard"], let source = reader.text(guardNode, what: "a guard") {
            do {
                guardExpression = try ExpressionCompiler.compile(
                    source, at: reader.contentLocation(of: guardNode), in: scope, expecting: .bool)
            } catch {
                reader.report.errors.append(error)
            }
        }
        var roles: [String]?
        if let rolesNode = byKey["roles"] {
            roles = []
            for (role, at) in reader.names(rolesNode, what: "a role") ?? [] {
                if role == SystemRole.name || self.roles.contains(where: { $0.id == role }) {
                    roles?.append(role)
                } else {
                    var message =
                        "\(label) names the role \"\(role)\", which the workflow does not declare under roles:"
                    if let suggestion = Suggestion.closest(to: role, among: self.roles.map(\.id)) {
                        message += "; did you mean \"\(suggestion)\"?"
                    }
                    reader.error(.unknownRole, message, at: at)
                }
            }
        }
        let requires = byKey["requires"].map { fieldList($0, what: "a required field of \(label)") } ?? []
        let accepts = byKey["accepts"].map { fieldList($0, what: "an accepted field of \(label)") } ?? []
        let effects = byKey["effects"].map { readEffects($0, what: "the effects of \(label)") } ?? []
        let description = byKey["description"].flatMap { reader.text($0, what: "description") }
        return TransitionDefinition(
            event: event, source: source, target: target, guardExpression: guardExpression,
            roles: roles, requires: requires, accepts: accepts, effects: effects,
            description: description, location: reader.location(of: node))
    }

    mutating func fieldList(_ node: Node, what: String) -> [FieldID] {
        (reader.names(node, what: what) ?? []).compactMap { name, at in
            guard let field = fields.first(where: { $0.path == name }) else {
                reader.error(.unknownField, unknownFieldMessage(name, what: what), at: at)
                return nil
            }
            guard !field.isDerived else {
                reader.error(.invalidValue, derivedFieldMessage(name), at: at)
                return nil
            }
            return FieldID(slot: field.slot, path: field.path)
        }
    }

    func derivedFieldMessage(_ name: String) -> String {
        "\"\(name)\" is a derived field: it is computed from the records, so no event or effect can set it"
    }

    func unknownFieldMessage(_ name: String, what: String) -> String {
        var message = "\(what) \"\(name)\" is not a declared field"
        if let suggestion = Suggestion.closest(to: name, among: fields.map(\.path)) {
            message += "; did you mean \"\(suggestion)\"?"
        } else {
            message += "; declare it under fields:"
        }
        return message
    }

    /// The names guards may use while the definition is being built.
    var scope: LoadingScope { LoadingScope(fields: fields, states: stateIDs) }
}

/// The fields and states known while a workflow file is read, for checking its guards.
struct LoadingScope: ExpressionScope {
    let fields: [FieldDefinition]
    let states: [String: Int]

    func field(named path: String) -> (slot: Int, type: ValueType)? {
        fields.first { $0.path == path }.map { ($0.slot, $0.type) }
    }

    func state(named id: String) -> Int? { states[id] }

    var fieldNames: [String] { fields.map(\.path) }
}
