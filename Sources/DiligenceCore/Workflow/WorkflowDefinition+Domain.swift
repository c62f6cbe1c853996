extension WorkflowDefinition {
    /// The innermost compound state (or the root) that strictly contains both the source and the
    /// target of a transition: taking it leaves and enters the states below this one. For an
    /// internal transition (no target), the state containing its source.
    public func domain(of transition: TransitionDefinition) -> Int {
        let target = transition.target ?? transition.source
        for ancestor in chains[transition.source].dropFirst()
        where states[ancestor].kind == .compound && ancestor != target && isDescendant(target, of: ancestor) {
            return ancestor
        }
        return 0
    }
}
