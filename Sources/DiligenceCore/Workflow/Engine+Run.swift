import Foundation

/// The values a guard reads while one event is processed.
struct GuardEnvironment: ExpressionEnvironment {
    let values: [Value?]
    let configuration: Configuration
    let now: Date

    func value(atSlot slot: Int) -> Value? { values[slot] }
    func isActive(state index: Int) -> Bool { configuration.contains(index) }
}

/// One event's run to completion: selection, exits, effects, entries, then `done` transitions.
struct Run {
    let definition: WorkflowDefinition
    let now: Date
    var configuration: Configuration
    var values: [Value?]
    var taken: [TakenTransition] = []
    var exited: [String] = []
    var entered: [String] = []
    var effects: [AppliedEffect] = []

    init(definition: WorkflowDefinition, now: Date) {
        self.definition = definition
        self.now = now
        configuration = Configuration(stateCount: definition.states.count)
        values = [Value?](repeating: nil, count: definition.fields.count)
    }

    init(definition: WorkflowDefinition, now: Date, instance: WorkflowInstance) {
        self.definition = definition
        self.now = now
        configuration = instance.configuration
        values = instance.values
    }

    var states: [StateDefinition] { definition.states }

    /// True when a top-level final state is active.
    var isComplete: Bool {
        states[0].children.contains { states[$0].kind == .final && configuration.contains($0) }
    }

    /// Active atomic and final states in document order.
    var activeLeaves: [Int] {
        configuration.indices.filter { states[$0].kind == .atomic || states[$0].kind == .final }
    }

    // MARK: Selection

    /// Picks the transitions the event takes: for each active leaf in document order, the first
    /// enabled transition on it or its ancestors (innermost first), dropping any whose exits
    /// overlap one already picked. Or says why none can be taken.
    func select(event: EventInput, actor: Actor) -> Result<[TransitionDefinition], Rejection> {
        let leaves = activeLeaves
        var candidates: [TransitionDefinition] = []
        var seenSources = Set<Int>()
        for leaf in leaves {
            for state in [leaf] + definition.ancestors(of: leaf) where seenSources.insert(state).inserted {
                candidates += states[state].transitions.filter { $0.event == event.name }
            }
        }
        guard !candidates.isEmpty else {
            return .failure(
                .notAccepted(
                    event: event.name, currentStates: leaves.map { states[$0].id },
                    acceptedEvents: acceptedEvents(leaves)))
        }
        let permitted = candidates.filter { $0.allows(role: actor.role) }
        guard !permitted.isEmpty else {
            var allowed: [String] = []
            for role in candidates.flatMap({ $0.roles ?? [] }) where !allowed.contains(role) {
                allowed.append(role)
            }
            return .failure(.roleNotAllowed(event: event.name, role: actor.role, allowedRoles: allowed))
        }
        for item in event.data where !permitted.contains(where: { $0.takes(slot: item.field.slot) }) {
            var fields: [String] = []
            for field in permitted.flatMap({ $0.requires + $0.accepts }).map(\.path)
            where !fields.contains(field) {
                fields.append(field)
            }
            return .failure(
                .fieldNotAccepted(event: event.name, field: item.field.path, acceptedFields: fields))
        }
        let carried = Set(event.data.filter { $0.value != nil }.map(\.field.slot))
        let complete = permitted.filter { $0.requires.allSatisfy { carried.contains($0.slot) } }
        guard !complete.isEmpty else {
            var missing: [String] = []
            for field in permitted.flatMap(\.requires)
            where !carried.contains(field.slot) && !missing.contains(field.path) {
                missing.append(field.path)
            }
            return .failure(.missingData(event: event.name, fields: missing))
        }
        var proposed = values
        for item in event.data { proposed[item.field.slot] = item.value }
        let environment = GuardEnvironment(values: proposed, configuration: configuration, now: now)
        var selected: [TransitionDefinition] = []
        var exits: [Set<Int>] = []
        for leaf in leaves {
            chain: for state in [leaf] + definition.ancestors(of: leaf) {
                for transition in states[state].transitions where transition.event == event.name {
                    guard transition.allows(role: actor.role),
                        transition.requires.allSatisfy({ carried.contains($0.slot) })
                    else { continue }
                    if let guardExpression = transition.guardExpression,
                        !guardExpression.isSatisfied(in: environment)
                    {
                        continue
                    }
                    let exit = Set(exitSet(of: transition))
                    let duplicate = selected.contains {
                        $0.source == transition.source && $0.location == transition.location
                    }
                    if !duplicate, !exits.contains(where: { !$0.isDisjoint(with: exit) }) {
                        selected.append(transition)
                        exits.append(exit)
                    }
                    break chain
                }
            }
        }
        guard !selected.isEmpty else {
            let failures = complete.compactMap { transition -> GuardFailure? in
                guard let guardExpression = transition.guardExpression else { return nil }
                return GuardFailure(
                    source: states[transition.source].id, target: transition.target.map { states[$0].id },
                    guardSource: guardExpression.source, location: guardExpression.location,
                    values: guardExpression.fieldsRead.map {
                        FieldReading(path: $0.path, value: proposed[$0.slot])
                    })
            }
            return .failure(.guardFailed(event: event.name, failures: failures))
        }
        return .success(selected)
    }

    private func acceptedEvents(_ leaves: [Int]) -> [String] {
        var events: [String] = []
        for leaf in leaves {
            for state in [leaf] + definition.ancestors(of: leaf) {
                for transition in states[state].transitions {
                    if let event = transition.event, !events.contains(event) { events.append(event) }
                }
            }
        }
        return events
    }

    // MARK: Taking transitions

    /// The smallest compound (or root) state strictly containing both source and target: the
    /// states below it are left and entered. `nil` for an internal transition.
    func domain(of transition: TransitionDefinition) -> Int? {
        guard let target = transition.target else { return nil }
        for ancestor in definition.ancestors(of: transition.source)
        where states[ancestor].kind == .compound && ancestor != target
            && definition.isDescendant(target, of: ancestor)
        {
            return ancestor
        }
        return 0
    }

    /// Active states the transition leaves, innermost first.
    func exitSet(of transition: TransitionDefinition) -> [Int] {
        guard let domain = domain(of: transition) else { return [] }
        return configuration.indices.reversed().filter {
            $0 != domain && definition.isDescendant($0, of: domain)
        }
    }

    /// The states entered to reach `target` from `domain`, with the default descendants
    /// (initial children, every region of a parallel state), in document order.
    func defaultEntry(from domain: Int, to target: Int?) -> [Int] {
        var entering = Set<Int>()
        func addDefault(_ index: Int) {
            entering.insert(index)
            switch states[index].kind {
            case .compound: if let initial = states[index].initial { addDefault(initial) }
            case .parallel: states[index].children.forEach(addDefault)
            default: break
            }
        }
        guard let target else {
            if let initial = states[domain].initial { addDefault(initial) }
            return entering.sorted()
        }
        let path = ([target] + definition.ancestors(of: target)).prefix { $0 != domain }
        entering.formUnion(path)
        for state in path where states[state].kind == .parallel {
            for child in states[state].children where !path.contains(child) { addDefault(child) }
        }
        addDefault(target)
        return entering.sorted()
    }

    mutating func take(_ transitions: [TransitionDefinition]) {
        var leaving = Set<Int>()
        for transition in transitions { leaving.formUnion(exitSet(of: transition)) }
        exit(states: leaving.sorted(by: >))
        var entering = Set<Int>()
        for transition in transitions {
            taken.append(
                TakenTransition(
                    event: transition.event, source: states[transition.source].id,
                    target: transition.target.map { states[$0].id }))
            apply(transition.effects)
            if let target = transition.target, let domain = domain(of: transition) {
                entering.formUnion(defaultEntry(from: domain, to: target))
            }
        }
        enter(states: entering.sorted())
    }

    mutating func exit(states leaving: [Int]) {
        for index in leaving {
            let state = states[index]
            apply(state.exit)
            for deadline in state.deadlines { effects.append(.deadlineCancelled(id: deadline.id)) }
            configuration.remove(index)
            exited.append(state.id)
        }
    }

    mutating func enter(states entering: [Int]) {
        for index in entering {
            let state = states[index]
            configuration.insert(index)
            entered.append(state.id)
            apply(state.entry)
            for deadline in state.deadlines { schedule(deadline) }
        }
    }

    mutating func apply(_ list: [Effect]) {
        for effect in list {
            switch effect {
            case .set(let field, let value): setField(field, to: value)
            case .schedule(let deadline): schedule(deadline)
            case .cancel(let id): effects.append(.deadlineCancelled(id: id))
            case .raiseFlag(let category, let level, let reason):
                effects.append(.flagRaised(category: category, level: level, reason: reason))
            case .clearFlag(let category): effects.append(.flagCleared(category: category))
            case .notify(let role, let message): effects.append(.notification(role: role, message: message))
            }
        }
    }

    mutating func setField(_ field: FieldID, to value: Value?) {
        let old = values[field.slot]
        guard old != value else { return }
        values[field.slot] = value
        effects.append(.fieldSet(path: field.path, old: old, new: value))
    }

    private mutating func schedule(_ deadline: DeadlineDefinition) {
        effects.append(
            .deadlineScheduled(id: deadline.id, event: deadline.event, due: deadline.after.after(now)))
    }

    // MARK: Completion

    /// True when a compound state's active child is final, or every region of a parallel state
    /// is complete.
    func isDone(_ index: Int) -> Bool {
        let state = states[index]
        switch state.kind {
        case .compound:
            return state.children.contains { configuration.contains($0) && states[$0].kind == .final }
        case .parallel:
            return state.children.allSatisfy(isDone)
        default:
            return false
        }
    }

    /// Takes enabled `done` transitions of completed states, innermost first, until none is
    /// enabled. Returns the state that kept firing when the limit is reached.
    mutating func settle(event: String) -> String? {
        for _ in 0..<Engine.automaticStepLimit {
            let environment = GuardEnvironment(values: values, configuration: configuration, now: now)
            let completed = configuration.indices.filter { !states[$0].done.isEmpty && isDone($0) }
                .sorted { (states[$0].depth, -$0) > (states[$1].depth, -$1) }
            var next: TransitionDefinition?
            search: for index in completed {
                for transition in states[index].done
                where transition.guardExpression?.isSatisfied(in: environment) ?? true {
                    next = transition
                    break search
                }
            }
            guard let transition = next else { return nil }
            take([transition])
        }
        return states[configuration.indices.last ?? 0].id
    }
}
