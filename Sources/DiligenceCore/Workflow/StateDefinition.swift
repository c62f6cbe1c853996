/// A state of a workflow, with its place in the hierarchy, its transitions and effects.
public struct StateDefinition: Sendable {
    /// The state's id, unique in the workflow (the root's id is empty).
    public var id: String
    /// Its index in ``WorkflowDefinition/states``: states are numbered in document order.
    public var index: Int
    /// Atomic, compound, parallel or final.
    public var kind: StateKind
    /// The enclosing state; `nil` only for the root.
    public var parent: Int?
    /// Child states in document order.
    public var children: [Int]
    /// The child entered first (compound states).
    public var initial: Int?
    /// Distance from the root (top-level states have depth 1).
    public var depth: Int
    /// Transitions on events, in document order (their priority).
    public var transitions: [TransitionDefinition]
    /// Transitions taken when this compound or parallel state completes.
    public var done: [TransitionDefinition]
    /// Transitions taken, with no event, as soon as their guard holds while the state is active
    /// (checked after every event and whenever the record's facts change).
    public var always: [TransitionDefinition]
    /// Effects run on entering.
    public var entry: [Effect]
    /// Effects run on leaving.
    public var exit: [Effect]
    /// Deadlines started on entering and cancelled on leaving.
    public var deadlines: [DeadlineDefinition]
    /// A note for readers.
    public var description: String?
    /// Where the state is written.
    public var location: SourceLocation

    /// Every transition written on the state: on events, on completion, and always.
    public var allTransitions: [TransitionDefinition] { transitions + done + always }

    /// Creates a state.
    public init(
        id: String, index: Int, kind: StateKind, parent: Int?, depth: Int,
        location: SourceLocation
    ) {
        self.id = id
        self.index = index
        self.kind = kind
        self.parent = parent
        self.children = []
        self.initial = nil
        self.depth = depth
        self.transitions = []
        self.done = []
        self.always = []
        self.entry = []
        self.exit = []
        self.deadlines = []
        self.description = nil
        self.location = location
    }
}
