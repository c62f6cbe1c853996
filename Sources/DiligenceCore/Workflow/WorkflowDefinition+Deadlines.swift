extension WorkflowDefinition {
    /// The deadline with this id: one a state starts on entry, or one a `schedule` effect starts.
    public func deadline(id: String) -> DeadlineDefinition? {
        for state in states {
            if let deadline = state.deadlines.first(where: { $0.id == id }) { return deadline }
            let effects = state.entry + state.exit + state.allTransitions.flatMap(\.effects)
            for case .schedule(let deadline) in effects where deadline.id == id { return deadline }
        }
        return nil
    }
}
