extension WorkflowDefinition {
    /// An event a record accepts in its current states, and who may send it.
    public struct AvailableEvent: Hashable, Sendable {
        /// The event's name.
        public var event: String
        /// The roles that may send it (empty: every role).
        public var roles: [String]
        /// Fields the event must carry.
        public var requires: [String]
        /// True when at least one transition for it has a guard, which may still refuse it.
        public var guarded: Bool
    }

    /// The events people may send now (deadline-only events excluded), in document order.
    public func availableEvents(for instance: WorkflowInstance) -> [AvailableEvent] {
        guard !instance.isComplete else { return [] }
        var result: [AvailableEvent] = []
        var seen = Set<Int>()
        for leaf in instance.configuration.indices where states[leaf].children.isEmpty && leaf != 0 {
            for index in [leaf] + ancestors(of: leaf) where seen.insert(index).inserted {
                for transition in states[index].transitions {
                    guard let event = transition.event, transition.roles != [SystemRole.name] else {
                        continue
                    }
                    let roles = (transition.roles ?? []).filter { $0 != SystemRole.name }
                    if let existing = result.firstIndex(where: { $0.event == event }) {
                        for role in roles where !result[existing].roles.contains(role) {
                            result[existing].roles.append(role)
                        }
                        result[existing].guarded =
                            result[existing].guarded || transition.guardExpression != nil
                    } else {
                        result.append(
                            AvailableEvent(
                                event: event, roles: roles, requires: transition.requires.map(\.path),
                                guarded: transition.guardExpression != nil))
                    }
                }
            }
        }
        return result
    }
}
