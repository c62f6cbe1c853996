import Foundation

extension Run {
    /// Picks the transitions the event takes: for each active leaf in document order, the first
    /// enabled transition on it or its ancestors (innermost first, document order within a
    /// state), dropping any whose exits overlap one already picked. When nothing is enabled, or
    /// the event carries a field no transition for it takes, says why.
    func select(event: EventInput, actor: Actor) -> Result<[TransitionRef], Rejection> {
        let carried = event.data.filter { $0.value != nil }.map(\.field.slot)
        var proposed = values
        for item in event.data { proposed[item.field.slot] = item.value }
        let environment = GuardEnvironment(values: proposed, configuration: configuration, now: now)
        var selected: [TransitionRef] = []
        var claimed = Configuration(stateCount: states.count)
        configuration.forEachState { leaf in
            guard states[leaf].children.isEmpty, leaf != 0 else { return }
            chain: for state in definition.chains[leaf] {
                let transitions = states[state].transitions
                for position in transitions.indices where transitions[position].event == event.name {
                    guard transitions[position].allows(role: actor.role),
                        transitions[position].requires.allSatisfy({ carried.contains($0.slot) })
                    else { continue }
                    if let guardExpression = transitions[position].guardExpression,
                        !guardExpression.isSatisfied(in: environment)
                    {
                        continue
                    }
                    let ref = TransitionRef(state: state, index: position)
                    if !selected.contains(ref) {
                        let exits = exitSet(of: ref)
                        if !claimed.intersects(exits) {
                            selected.append(ref)
                            claimed.formUnion(exits)
                        }
                    }
                    break chain
                }
            }
        }
        let everyFieldTaken = event.data.allSatisfy { item in
            selected.contains { states[$0.state].transitions[$0.index].takes(slot: item.field.slot) }
        }
        if !selected.isEmpty, everyFieldTaken { return .success(selected) }
        if let rejection = explainRefusal(event: event, actor: actor, proposed: proposed) {
            return .failure(rejection)
        }
        return selected.isEmpty ? .failure(.guardFailed(event: event.name, failures: [])) : .success(selected)
    }

    /// Why an event cannot be taken, checked in the order a person fixes things: is it accepted
    /// here at all, may this role send it, does it carry the right fields, do the guards hold.
    /// `nil` when none of these refuses it.
    private func explainRefusal(event: EventInput, actor: Actor, proposed: [Value?]) -> Rejection? {
        let leaves = activeLeaves
        var candidates: [TransitionDefinition] = []
        var seen = Set<Int>()
        for leaf in leaves {
            for state in definition.chains[leaf] where seen.insert(state).inserted {
                candidates += states[state].transitions.filter { $0.event == event.name }
            }
        }
        guard !candidates.isEmpty else {
            return .notAccepted(
                event: event.name, currentStates: leaves.map { states[$0].id },
                acceptedEvents: acceptedEvents(leaves))
        }
        let permitted = candidates.filter { $0.allows(role: actor.role) }
        guard !permitted.isEmpty else {
            var allowed: [String] = []
            for role in candidates.flatMap({ $0.roles ?? [] }) where !allowed.contains(role) {
                allowed.append(role)
            }
            return .roleNotAllowed(event: event.name, role: actor.role, allowedRoles: allowed)
        }
        for item in event.data where !permitted.contains(where: { $0.takes(slot: item.field.slot) }) {
            var fields: [String] = []
            for field in permitted.flatMap({ $0.requires + $0.accepts }).map(\.path)
            where !fields.contains(field) {
                fields.append(field)
            }
            return .fieldNotAccepted(event: event.name, field: item.field.path, acceptedFields: fields)
        }
        let carried = Set(event.data.filter { $0.value != nil }.map(\.field.slot))
        let complete = permitted.filter { $0.requires.allSatisfy { carried.contains($0.slot) } }
        guard !complete.isEmpty else {
            var missing: [String] = []
            for field in permitted.flatMap(\.requires)
            where !carried.contains(field.slot) && !missing.contains(field.path) {
                missing.append(field.path)
            }
            return .missingData(event: event.name, fields: missing)
        }
        let failures = complete.compactMap { transition -> GuardFailure? in
            guard let guardExpression = transition.guardExpression,
                !guardExpression.isSatisfied(
                    in: GuardEnvironment(values: proposed, configuration: configuration, now: now))
            else { return nil }
            return GuardFailure(
                source: states[transition.source].id, target: transition.target.map { states[$0].id },
                guardSource: guardExpression.source, location: guardExpression.location,
                values: guardExpression.fieldsRead.map {
                    FieldReading(path: $0.path, value: proposed[$0.slot])
                })
        }
        return failures.count == complete.count ? .guardFailed(event: event.name, failures: failures) : nil
    }

    private func acceptedEvents(_ leaves: [Int]) -> [String] {
        var events: [String] = []
        for leaf in leaves {
            for state in definition.chains[leaf] {
                for transition in states[state].transitions {
                    if let event = transition.event, !events.contains(event) { events.append(event) }
                }
            }
        }
        return events
    }
}
