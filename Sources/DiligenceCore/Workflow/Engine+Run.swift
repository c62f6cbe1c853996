import Foundation

/// The values a guard reads while one event is processed.
struct GuardEnvironment: ExpressionEnvironment {
    let values: [Value?]
    let configuration: Configuration
    let now: Date

    func value(atSlot slot: Int) -> Value? { values[slot] }
    func isActive(state index: Int) -> Bool { configuration.contains(index) }
}

/// A transition by position: the state it is written on and its index there (`done` ones are
/// numbered after the event transitions).
struct TransitionRef: Equatable {
    var state: Int
    var index: Int
}

/// One event's run to completion: selection, exits, effects, entries, then `done` transitions.
///
/// Written for speed: state sets are bit sets, transitions are referred to by position, and
/// nothing is allocated on the path of an accepted event beyond what the ``Step`` reports.
struct Run {
    let definition: WorkflowDefinition
    let states: [StateDefinition]
    let now: Date
    var configuration: Configuration
    var values: [Value?]
    var taken: [TakenTransition] = []
    var exited: [String] = []
    var entered: [String] = []
    var effects: [AppliedEffect] = []

    init(definition: WorkflowDefinition, now: Date) {
        self.definition = definition
        self.states = definition.states
        self.now = now
        configuration = Configuration(stateCount: definition.states.count)
        values = [Value?](repeating: nil, count: definition.fields.count)
    }

    init(definition: WorkflowDefinition, now: Date, instance: WorkflowInstance) {
        self.definition = definition
        self.states = definition.states
        self.now = now
        configuration = instance.configuration
        values = instance.values
    }

    func transition(_ ref: TransitionRef) -> TransitionDefinition {
        let events = states[ref.state].transitions.count
        let done = states[ref.state].done.count
        if ref.index < events { return states[ref.state].transitions[ref.index] }
        if ref.index < events + done { return states[ref.state].done[ref.index - events] }
        return states[ref.state].always[ref.index - events - done]
    }

    /// The step this run made from `instance`: the new instance (one version later) and what
    /// happened on the way.
    func step(after instance: WorkflowInstance) -> Step {
        var next = instance
        next.version += 1
        next.configuration = configuration
        next.values = values
        next.isComplete = isComplete
        return Step(instance: next, transitions: taken, exited: exited, entered: entered, effects: effects)
    }

    /// True when a top-level final state is active.
    var isComplete: Bool {
        states[0].children.contains { states[$0].kind == .final && configuration.contains($0) }
    }

    /// Active atomic and final states in document order.
    var activeLeaves: [Int] {
        configuration.indices.filter { states[$0].children.isEmpty && $0 != 0 }
    }

    // MARK: Taking transitions

    /// Active states the transition leaves.
    func exitSet(of ref: TransitionRef) -> Configuration {
        var leaving = Configuration(stateCount: states.count)
        let transitions = states[ref.state].transitions
        let count = transitions.count
        let hasTarget: Bool
        let domain: Int
        if ref.index < count {
            hasTarget = transitions[ref.index].target != nil
            domain = transitions[ref.index].domain
        } else {
            let automatic = transition(ref)
            hasTarget = automatic.target != nil
            domain = automatic.domain
        }
        guard hasTarget else { return leaving }
        for index in (domain + 1)..<definition.subtreeEnds[domain] where configuration.contains(index) {
            leaving.insert(index)
        }
        return leaving
    }

    /// Adds to `entering` the states entered to reach `target` from `domain`, with the default
    /// descendants (initial children, every region of a parallel state).
    func addEntry(from domain: Int, to target: Int?, into entering: inout Configuration) {
        func addDefault(_ index: Int) {
            entering.insert(index)
            switch states[index].kind {
            case .compound: if let initial = states[index].initial { addDefault(initial) }
            case .parallel: for child in states[index].children { addDefault(child) }
            default: break
            }
        }
        guard let target else {
            if let initial = states[domain].initial { addDefault(initial) }
            return
        }
        let chain = definition.chains[target]
        let path = chain.prefix { $0 != domain }
        for state in path { entering.insert(state) }
        for state in path where states[state].kind == .parallel {
            for child in states[state].children where !path.contains(child) { addDefault(child) }
        }
        addDefault(target)
    }

    /// The default entry of a workflow's root.
    mutating func enterInitialStates() {
        var entering = Configuration(stateCount: states.count)
        entering.insert(0)
        addEntry(from: 0, to: nil, into: &entering)
        enter(entering)
    }

    mutating func take(_ refs: [TransitionRef]) {
        var leaving = Configuration(stateCount: states.count)
        for ref in refs { leaving.formUnion(exitSet(of: ref)) }
        exit(leaving)
        var entering = Configuration(stateCount: states.count)
        for ref in refs {
            let transition = transition(ref)
            taken.append(
                TakenTransition(
                    event: transition.event, source: states[transition.source].id,
                    target: transition.target.map { states[$0].id }))
            apply(transition.effects)
            if let target = transition.target {
                addEntry(from: transition.domain, to: target, into: &entering)
            }
        }
        enter(entering)
    }

    /// Leaves states innermost first (reverse document order).
    mutating func exit(_ leaving: Configuration) {
        for index in leaving.indices.reversed() {
            apply(states[index].exit)
            for deadline in states[index].deadlines { effects.append(.deadlineCancelled(id: deadline.id)) }
            configuration.remove(index)
            exited.append(states[index].id)
        }
    }

    /// Enters states outermost first (document order).
    mutating func enter(_ entering: Configuration) {
        for index in entering.indices {
            configuration.insert(index)
            if index != 0 { entered.append(states[index].id) }
            apply(states[index].entry)
            for deadline in states[index].deadlines { schedule(deadline) }
        }
    }

    mutating func apply(_ list: [Effect]) {
        for effect in list {
            switch effect {
            case .set(let field, let value): setField(field, to: value)
            case .setToday(let field): setField(field, to: .date(LocalDate(now)))
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
        guard let due = deadline.after.due(scheduledAt: now, in: values) else { return }
        effects.append(.deadlineScheduled(id: deadline.id, event: deadline.event, due: due))
    }

    // MARK: Completion

    /// True when a compound state's active child is final, or every region of a parallel state
    /// is complete.
    func isDone(_ index: Int) -> Bool {
        switch states[index].kind {
        case .compound:
            return states[index].children.contains { configuration.contains($0) && states[$0].kind == .final }
        case .parallel:
            return states[index].children.allSatisfy(isDone)
        default:
            return false
        }
    }

    /// Takes enabled `done` transitions of completed states, innermost first, until none is
    /// enabled. Returns the state that kept firing when the limit is reached.
    mutating func settle() -> String? {
        guard !definition.doneOrder.isEmpty || definition.hasAlwaysTransitions else { return nil }
        for _ in 0..<Engine.automaticStepLimit {
            guard let next = nextDoneTransition() ?? nextAlwaysTransition() else { return nil }
            take([next])
        }
        return states[configuration.indices.last ?? 0].id
    }

    /// The first enabled `done` transition of a completed state, innermost first.
    private func nextDoneTransition() -> TransitionRef? {
        let environment = GuardEnvironment(values: values, configuration: configuration, now: now)
        for index in definition.doneOrder where configuration.contains(index) && isDone(index) {
            let offset = states[index].transitions.count
            for (position, transition) in states[index].done.enumerated()
            where transition.guardExpression?.isSatisfied(in: environment) ?? true {
                return TransitionRef(state: index, index: offset + position)
            }
        }
        return nil
    }

    /// The first `always` transition whose guard holds: for each active leaf in document order,
    /// the leaf then its enclosing states, innermost first.
    private func nextAlwaysTransition() -> TransitionRef? {
        guard definition.hasAlwaysTransitions else { return nil }
        let environment = GuardEnvironment(values: values, configuration: configuration, now: now)
        for leaf in activeLeaves {
            for state in definition.chains[leaf] where !states[state].always.isEmpty {
                let offset = states[state].transitions.count + states[state].done.count
                for (position, transition) in states[state].always.enumerated()
                where transition.guardExpression?.isSatisfied(in: environment) ?? false {
                    return TransitionRef(state: state, index: offset + position)
                }
            }
        }
        return nil
    }
}
