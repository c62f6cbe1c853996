/// Draws a workflow as a diagram for people: Mermaid `stateDiagram-v2` or Graphviz DOT.
///
/// Both forms show nesting (compound and parallel states as boxes around their children), the
/// initial state of each level, final states, and every transition labelled
/// `event [guard] (roles)`; `done` transitions are labelled `done [guard]`, `always` transitions
/// `always [guard]`, and internal
/// transitions (no target) are drawn as loops on their state. The output depends only on the
/// definition, so it can be committed and diffed.
public enum WorkflowDiagram {
    /// The label of a transition: `event [guard] (role, role)`, `done [guard]` or `always [guard]`.
    static func label(_ transition: TransitionDefinition, in definition: WorkflowDefinition) -> String {
        let isAlways = definition.states[transition.source].always.contains {
            $0.location == transition.location
        }
        var parts = [transition.event ?? (isAlways ? "always" : "done")]
        if let guardExpression = transition.guardExpression {
            parts.append("[" + guardExpression.source + "]")
        }
        if let roles = transition.roles, !roles.isEmpty {
            parts.append("(" + roles.joined(separator: ", ") + ")")
        }
        return parts.joined(separator: " ")
    }

    /// Every transition of the workflow (event transitions, then done transitions, per state in
    /// document order), with the compound state whose box it is drawn in.
    static func transitions(of definition: WorkflowDefinition) -> [(
        transition: TransitionDefinition, owner: Int
    )] {
        definition.states.flatMap { state in
            state.allTransitions.map { ($0, owner(of: $0, in: definition)) }
        }
    }

    /// The state whose box a transition's arrow is drawn in.
    static func owner(of transition: TransitionDefinition, in definition: WorkflowDefinition) -> Int {
        definition.domain(of: transition)
    }
}
