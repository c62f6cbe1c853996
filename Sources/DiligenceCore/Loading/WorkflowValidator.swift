/// Structural checks on a built workflow: every state reachable, no dead end that is not final,
/// no deadline on a final state, parallel regions that can complete, deadlines that lead
/// somewhere; and warnings for fields and roles nothing uses.
struct WorkflowValidator {
    let definition: WorkflowDefinition
    var report = DefinitionReport()

    init(definition: WorkflowDefinition) { self.definition = definition }

    mutating func validate() -> DefinitionReport {
        let states = definition.states
        checkKinds(states)
        checkReachability(states)
        checkDeadEnds(states)
        checkDeadlines(states)
        checkUsage(states)
        return report
    }

    private mutating func error(_ code: DefinitionError.Code, _ message: String, at location: SourceLocation)
    {
        report.errors.append(DefinitionError(code, message, at: location))
    }

    private mutating func checkKinds(_ states: [StateDefinition]) {
        for state in states.dropFirst() {
            if state.kind == .parallel {
                for child in state.children where states[child].kind != .compound {
                    error(
                        .invalidValue,
                        "\"\(states[child].id)\" is a region of the parallel state \"\(state.id)\" and must be a compound state with its own states and a final state",
                        at: states[child].location)
                }
            }
            if state.kind == .final {
                if !state.transitions.isEmpty {
                    error(
                        .invalidValue,
                        "the final state \"\(state.id)\" cannot have transitions: nothing leaves a final state",
                        at: state.transitions[0].location)
                }
                if !state.exit.isEmpty {
                    error(
                        .invalidValue,
                        "the final state \"\(state.id)\" cannot have exit effects: it is never left",
                        at: state.location)
                }
            }
        }
    }

    /// Enters the root and follows initial children, regions and every transition's target.
    private mutating func checkReachability(_ states: [StateDefinition]) {
        var reached = Set<Int>()
        var queue: [Int] = []
        func enter(_ index: Int) {
            for state in [index] + definition.ancestors(of: index) where reached.insert(state).inserted {
                queue.append(state)
            }
        }
        enter(0)
        while let index = queue.popLast() {
            let state = states[index]
            switch state.kind {
            case .compound: if let initial = state.initial { enter(initial) }
            case .parallel: state.children.forEach(enter)
            default: break
            }
            for transition in state.allTransitions {
                if let target = transition.target { enter(target) }
            }
        }
        for state in states.dropFirst() where !reached.contains(state.index) {
            guard reached.contains(state.parent ?? 0) || state.parent == 0 else { continue }
            error(
                .unreachableState,
                "no transition leads to the state \"\(state.id)\": it can never be entered",
                at: state.location)
        }
    }

    /// A non-final atomic state needs a transition (its own or an enclosing state's) or a
    /// deadline; a compound state that can complete needs a done transition or a way out.
    private mutating func checkDeadEnds(_ states: [StateDefinition]) {
        func hasWayOut(_ index: Int) -> Bool {
            ([index] + definition.ancestors(of: index)).contains {
                states[$0].index != 0
                    && (!states[$0].transitions.isEmpty || !states[$0].always.isEmpty
                        || !states[$0].deadlines.isEmpty)
            }
        }
        for state in states.dropFirst() {
            switch state.kind {
            case .atomic:
                if !hasWayOut(state.index) {
                    error(
                        .deadEnd,
                        "the state \"\(state.id)\" is not final but has no transition out of it: a record entering it would be stuck; add a transition or make it type: final",
                        at: state.location)
                }
            case .compound, .parallel:
                let isRegion = state.parent.map { states[$0].kind == .parallel } ?? false
                let canComplete =
                    state.kind == .parallel || state.children.contains { states[$0].kind == .final }
                if !isRegion, canComplete, state.done.isEmpty, !hasWayOut(state.index) {
                    error(
                        .deadEnd,
                        "the state \"\(state.id)\" can complete but has no done transition and no way out: add done: with a target",
                        at: state.location)
                }
            case .final:
                break
            }
        }
    }

    private mutating func checkDeadlines(_ states: [StateDefinition]) {
        var scheduled = Set<String>()
        var cancelled: [(String, SourceLocation)] = []
        var seen: [String: SourceLocation] = [:]
        func visit(_ effects: [Effect], at location: SourceLocation) {
            for effect in effects {
                switch effect {
                case .schedule(let deadline):
                    scheduled.insert(deadline.id)
                    checkEvent(deadline)
                case .cancel(let id): cancelled.append((id, location))
                default: break
                }
            }
        }
        for state in states.dropFirst() {
            if state.kind == .final, let deadline = state.deadlines.first {
                error(
                    .deadlineOnFinalState,
                    "the final state \"\(state.id)\" has a deadline, which could never matter: nothing leaves a final state",
                    at: deadline.location)
            }
            for deadline in state.deadlines {
                if let first = seen[deadline.id] {
                    error(
                        .duplicateID,
                        "the deadline id \"\(deadline.id)\" is used twice (first at line \(first.line))",
                        at: deadline.location)
                }
                seen[deadline.id] = deadline.location
                scheduled.insert(deadline.id)
                checkEvent(deadline)
            }
            visit(state.entry, at: state.location)
            visit(state.exit, at: state.location)
            for transition in state.allTransitions {
                visit(transition.effects, at: transition.location)
            }
        }
        for (id, location) in cancelled where !scheduled.contains(id) {
            error(
                .unknownReference, "cancel names the deadline \"\(id)\", which nothing schedules",
                at: location)
        }
    }

    private mutating func checkEvent(_ deadline: DeadlineDefinition) {
        guard !definition.events.contains(deadline.event) else { return }
        var message =
            "the deadline \"\(deadline.id)\" sends \"\(deadline.event)\", but no transition handles that event"
        if let suggestion = Suggestion.closest(to: deadline.event, among: definition.events) {
            message += "; did you mean \"\(suggestion)\"?"
        }
        error(.unknownEvent, message, at: deadline.location)
    }

    private mutating func checkUsage(_ states: [StateDefinition]) {
        var usedFields = Set<Int>()
        var usedRoles = Set<String>()
        var anyRole = false
        func visit(_ effects: [Effect]) {
            for effect in effects {
                if case .set(let field, _) = effect { usedFields.insert(field.slot) }
                if case .setToday(let field) = effect { usedFields.insert(field.slot) }
                if case .notify(let role, _) = effect { usedRoles.insert(role) }
                if case .schedule(let deadline) = effect, let field = deadline.after.field {
                    usedFields.insert(field.slot)
                }
            }
        }
        for state in states {
            for deadline in state.deadlines {
                if let field = deadline.after.field { usedFields.insert(field.slot) }
            }
            visit(state.entry)
            visit(state.exit)
            for transition in state.allTransitions {
                visit(transition.effects)
                for field in transition.guardExpression?.fieldsRead ?? [] { usedFields.insert(field.slot) }
                for field in transition.requires + transition.accepts { usedFields.insert(field.slot) }
                if let roles = transition.roles {
                    usedRoles.formUnion(roles)
                } else if transition.event != nil {
                    anyRole = true
                }
            }
        }
        // A derived field is computed from the records and shown with the record even when no
        // guard reads it; the fields facts are computed from are read by diligence itself.
        let factInputs = DerivedFieldCheck.factInputs[definition.subject] ?? []
        for field in definition.fields
        where !usedFields.contains(field.slot) && !field.isDerived && !factInputs.contains(field.path) {
            report.warnings.append(
                DefinitionError(
                    .unusedField,
                    "the field \"\(field.path)\" is declared but no guard, effect or event uses it",
                    at: field.location))
        }
        for role in definition.roles where !anyRole && !usedRoles.contains(role.id) {
            report.warnings.append(
                DefinitionError(
                    .unusedRole, "the role \"\(role.id)\" may send no event in this workflow",
                    at: role.location))
        }
    }
}
