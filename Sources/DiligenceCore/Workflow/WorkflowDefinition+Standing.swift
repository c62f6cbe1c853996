extension WorkflowDefinition {
    /// Where an instance stands whose active states are `activeStates` (their ids, outermost
    /// first, as a snapshot keeps them): the path of each active state with no active child, in
    /// document order (`engagement/agreement/clauses_pending`); `nil` when this definition no
    /// longer has one of the states.
    public func standing(activeStates: [String]) -> [String]? {
        var configuration = Configuration(stateCount: states.count)
        configuration.insert(0)
        for id in activeStates {
            guard let state = state(named: id) else { return nil }
            configuration.insert(state)
        }
        return configuration.indices.filter { index in
            index != 0 && !states[index].children.contains { configuration.contains($0) }
        }.map { path(of: $0) }
    }
}
