/// A validated workflow: a statechart over declared fields and roles, loaded from a YAML file.
///
/// States are numbered in document order; state 0 is an implicit root whose children are the
/// file's top-level states. A definition is immutable once loaded and is shared freely.
public struct WorkflowDefinition: Sendable {
    /// The workflow's id (`partner-lifecycle`).
    public var id: String
    /// A title for people.
    public var title: String
    /// What kind of record runs through it (`partner`, `assessment`, ...).
    public var subject: String
    /// The file's version number, as its authors keep it.
    public var version: Int
    /// SHA-256 (hex) of the file's bytes: every instance is pinned to the hash it runs under.
    public var hash: String
    /// The file's text, kept so the store can replay old events under the definition they ran on.
    public var source: String
    /// The file's path as loaded.
    public var file: String
    /// Declared roles, in file order.
    public var roles: [RoleDefinition]
    /// Declared fields, in file order; a field's slot is its index here.
    public var fields: [FieldDefinition]
    /// All states in document order; index 0 is the root.
    public var states: [StateDefinition]
    /// The roles that may start a new record in this workflow; `nil` allows every role.
    public var startedBy: [String]?

    let stateIndex: [String: Int]
    let fieldIndex: [String: Int]
    /// Every event some transition or deadline handles or sends, sorted.
    public let events: [String]
    let eventSet: Set<String>
    /// For each state, itself then its proper ancestors, innermost first.
    let chains: [[Int]]
    /// For each state, one past the index of its last descendant (states are numbered in
    /// document order, so a state's descendants are the indices between).
    let subtreeEnds: [Int]
    /// States that have `done` transitions, innermost first.
    let doneOrder: [Int]
    /// True when some state has `always` transitions.
    let hasAlwaysTransitions: Bool

    /// Assembles a definition; used by the loader once the parts are checked.
    init(
        id: String, title: String, subject: String, version: Int, hash: String, source: String,
        file: String, roles: [RoleDefinition], fields: [FieldDefinition], states: [StateDefinition],
        startedBy: [String]?
    ) {
        self.startedBy = startedBy
        self.id = id
        self.title = title
        self.subject = subject
        self.version = version
        self.hash = hash
        self.source = source
        self.file = file
        self.roles = roles
        self.fields = fields
        self.states = states
        var stateIndex: [String: Int] = [:]
        for state in states where stateIndex[state.id] == nil { stateIndex[state.id] = state.index }
        self.stateIndex = stateIndex
        var fieldIndex: [String: Int] = [:]
        for field in fields where fieldIndex[field.path] == nil { fieldIndex[field.path] = field.slot }
        self.fieldIndex = fieldIndex
        var events = Set<String>()
        for state in states {
            for transition in state.transitions { if let event = transition.event { events.insert(event) } }
        }
        self.events = events.sorted()
        self.eventSet = events
        var chains: [[Int]] = []
        var subtreeEnds = [Int](repeating: 0, count: states.count)
        for state in states {
            var chain = [state.index]
            var current = state.parent
            while let parent = current {
                chain.append(parent)
                current = states[parent].parent
            }
            chains.append(chain)
        }
        for state in states.reversed() {
            subtreeEnds[state.index] = state.children.last.map { subtreeEnds[$0] } ?? state.index + 1
        }
        self.chains = chains
        self.subtreeEnds = subtreeEnds
        self.doneOrder = states.filter { !$0.done.isEmpty }.sorted {
            ($0.depth, -$0.index) > ($1.depth, -$1.index)
        }
        .map(\.index)
        self.hasAlwaysTransitions = states.contains { !$0.always.isEmpty }
        for state in states.indices {
            for position in self.states[state].transitions.indices {
                self.states[state].transitions[position].domain = domain(
                    of: self.states[state].transitions[position])
            }
            for position in self.states[state].done.indices {
                self.states[state].done[position].domain = domain(of: self.states[state].done[position])
            }
            for position in self.states[state].always.indices {
                self.states[state].always[position].domain = domain(of: self.states[state].always[position])
            }
        }
    }

    /// The root state (index 0).
    public var root: StateDefinition { states[0] }

    /// The state with this id.
    public func state(_ id: String) -> StateDefinition? {
        stateIndex[id].map { states[$0] }
    }

    /// The field with this path.
    public func field(_ path: String) -> FieldDefinition? {
        fieldIndex[path].map { fields[$0] }
    }

    /// True when the role is declared (or is the engine's own `system` role).
    public func hasRole(_ role: String) -> Bool {
        role == SystemRole.name || roles.contains { $0.id == role }
    }

    /// The indices of a state's proper ancestors, innermost first, ending at the root.
    public func ancestors(of index: Int) -> [Int] {
        Array(chains[index].dropFirst())
    }

    /// True when `index` is `ancestor` or lies below it.
    public func isDescendant(_ index: Int, of ancestor: Int) -> Bool {
        index >= ancestor && index < subtreeEnds[ancestor]
    }

    /// The id path from the top down, `engagement/agreement/drafting`, for messages and diagrams.
    public func path(of index: Int) -> String {
        ([index] + ancestors(of: index)).reversed().dropFirst().map { states[$0].id }
            .joined(separator: "/")
    }
}

extension WorkflowDefinition: ExpressionScope {
    /// The slot and type of a declared field.
    public func field(named path: String) -> (slot: Int, type: ValueType)? {
        fieldIndex[path].map { ($0, fields[$0].type) }
    }

    /// The index of a state by id.
    public func state(named id: String) -> Int? {
        guard !id.isEmpty else { return nil }
        return stateIndex[id]
    }

    /// All declared field paths.
    public var fieldNames: [String] { fields.map(\.path) }
}
