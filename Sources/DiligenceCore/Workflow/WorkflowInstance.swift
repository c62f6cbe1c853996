/// One subject's run through a workflow: where it is (the active states), what it knows (the
/// context) and under which definition it runs.
public struct WorkflowInstance: Hashable, Sendable {
    /// The subject's id (`P-0001`).
    public var subject: String
    /// The workflow's id.
    public var workflow: String
    /// The hash of the definition the instance runs under.
    public var definitionHash: String
    /// How many events have been accepted since the instance started.
    public var version: Int
    /// The active states.
    public var configuration: Configuration
    /// The context: one value (or nil, unset) per declared field, by slot.
    public var values: [Value?]
    /// True when a top-level final state has been reached: no event is accepted any more.
    public var isComplete: Bool

    /// Creates an instance.
    public init(
        subject: String, workflow: String, definitionHash: String, version: Int,
        configuration: Configuration, values: [Value?], isComplete: Bool
    ) {
        self.subject = subject
        self.workflow = workflow
        self.definitionHash = definitionHash
        self.version = version
        self.configuration = configuration
        self.values = values
        self.isComplete = isComplete
    }
}

extension WorkflowDefinition {
    /// The ids of the active states, outermost first, in document order.
    public func activeStateIDs(of instance: WorkflowInstance) -> [String] {
        instance.configuration.indices.filter { $0 != 0 }.map { states[$0].id }
    }

    /// The active states that have no active child: where the instance "is".
    public func currentStates(of instance: WorkflowInstance) -> [String] {
        instance.configuration.indices.filter { index in
            index != 0 && !states[index].children.contains { instance.configuration.contains($0) }
        }.map { states[$0].id }
    }

    /// The context as path and value pairs, in declaration order.
    public func context(of instance: WorkflowInstance) -> [(path: String, value: Value?)] {
        fields.map { ($0.path, instance.values[$0.slot]) }
    }
}
