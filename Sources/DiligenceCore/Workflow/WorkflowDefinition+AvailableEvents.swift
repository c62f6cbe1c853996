extension WorkflowDefinition {
    /// An event a record accepts in its current states, and who may send it.
    public struct AvailableEvent: Hashable, Sendable {
        /// The event's name.
        public var event: String
        /// The roles that may send it (empty: every role).
        public var roles: [String]
        /// Fields the event must carry.
        public var requires: [String]
        /// Fields the event may carry besides those it requires (from any of its transitions in
        /// the current states), in document order.
        public var accepts: [String] = []
        /// True when at least one transition for it has a guard, which may still refuse it.
        public var guarded: Bool

        /// An event as a record in some states offers it.
        public init(event: String, roles: [String], requires: [String], accepts: [String] = [], guarded: Bool)
        {
            self.event = event
            self.roles = roles
            self.requires = requires
            self.accepts = accepts
            self.guarded = guarded
        }
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
                        for field in transition.accepts.map(\.path)
                        where !result[existing].accepts.contains(field)
                            && !result[existing].requires.contains(field)
                        {
                            result[existing].accepts.append(field)
                        }
                    } else {
                        let requires = transition.requires.map(\.path)
                        result.append(
                            AvailableEvent(
                                event: event, roles: roles, requires: requires,
                                accepts: transition.accepts.map(\.path).filter { !requires.contains($0) },
                                guarded: transition.guardExpression != nil))
                    }
                }
            }
        }
        return result
    }
}
