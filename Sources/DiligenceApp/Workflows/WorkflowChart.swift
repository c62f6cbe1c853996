import DiligenceCore

/// A shipped workflow as people read it: its states (nested, in the definition's order) and every
/// transition between them, the data of its diagram and of the table beside it.
public struct WorkflowChart: Sendable, Hashable {
    /// One state.
    public struct State: Sendable, Hashable {
        /// Its id (`received`).
        public var id: String
        /// Its path from the top (`open/case/received`).
        public var path: String
        /// How deep it is nested: 0 for a top-level state.
        public var depth: Int
        /// `atomic`, `compound`, `parallel` or `final`.
        public var kind: String
        /// Whether it is where its parent starts.
        public var isInitial: Bool
        /// What it means, from the definition.
        public var description: String?
    }

    /// One transition.
    public struct Transition: Sendable, Hashable {
        /// The path of the state it leaves.
        public var from: String
        /// The path of the state it enters; `nil` for one that stays (it only records data).
        public var to: String?
        /// The event that takes it; `nil` for one taken when its state is done or always.
        public var event: String?
        /// `event`, `done` or `always`.
        public var trigger: String
        /// The condition it needs, as written in the definition.
        public var condition: String?
        /// The roles that may send its event (empty: any role).
        public var roles: [String]
        /// The fields its event must carry.
        public var requires: [String]
    }

    /// The workflow's id (`allegation-case`).
    public var id: String
    /// Its title.
    public var title: String
    /// The kind of record it runs (`allegation`).
    public var subject: String
    /// Its version.
    public var version: Int
    /// The roles that may start it.
    public var startedBy: [String]
    /// Every state but the root, in the definition's order.
    public var states: [State]
    /// Every transition, per state in the definition's order.
    public var transitions: [Transition]

    init(_ definition: WorkflowDefinition) {
        id = definition.id
        title = definition.title
        subject = definition.subject
        version = definition.version
        startedBy = definition.startedBy ?? []
        let all = definition.states
        states = all.dropFirst().map { state in
            State(
                id: state.id, path: definition.path(of: state.index), depth: state.depth - 1,
                kind: "\(state.kind)",
                isInitial: state.parent.map { all[$0].initial == state.index } ?? false,
                description: state.description)
        }
        transitions = all.flatMap { state in
            state.allTransitions.map { transition in
                let trigger =
                    transition.event != nil
                    ? "event"
                    : state.always.contains { $0.location == transition.location } ? "always" : "done"
                return Transition(
                    from: definition.path(of: transition.source),
                    to: transition.target.map { definition.path(of: $0) }, event: transition.event,
                    trigger: trigger, condition: transition.guardExpression?.source,
                    roles: transition.roles ?? [],
                    requires: transition.requires.map(\.path))
            }
        }
    }
}

extension DiligenceService {
    /// Every workflow shipped with the definitions, by id. Definitions are no one's data: every
    /// signed-in account may read them.
    public var workflowCharts: [WorkflowChart] {
        definitions.workflows.values.sorted { $0.id < $1.id }.map(WorkflowChart.init)
    }

    /// The workflow `id`; refused as an unknown record when there is none.
    public func workflowChart(_ id: String) throws -> WorkflowChart {
        guard let definition = definitions.workflows[id] else {
            throw DiligenceError(.unknownRecord, field: .record, ["value": id])
        }
        return WorkflowChart(definition)
    }
}
