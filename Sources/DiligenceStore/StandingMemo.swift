import DiligenceCore

/// Where each partner of a report stands, worked out once per distinct set of active states (a
/// portfolio has few) under the lifecycle the report is made with.
struct StandingMemo {
    /// The partner lifecycle; `nil` when the report is made without definitions.
    let lifecycle: WorkflowDefinition?
    private var known: [String: (activeStates: [String]?, standing: [String]?)] = [:]

    init(lifecycle: WorkflowDefinition?) { self.lifecycle = lifecycle }

    /// The active states an `instance.states` text holds, and the standing they make.
    mutating func standing(_ states: String?) -> (activeStates: [String]?, standing: [String]?) {
        guard let states else { return (nil, nil) }
        if let standing = known[states] { return standing }
        let activeStates = InstanceStates.ids(states)
        let standing = (activeStates, activeStates.flatMap { lifecycle?.standing(activeStates: $0) })
        known[states] = standing
        return standing
    }
}
