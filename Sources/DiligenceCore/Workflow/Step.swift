public import Foundation

/// The result of sending an event: either the instance moved, or nothing changed and here is why.
public enum StepOutcome: Sendable {
    /// The event was accepted.
    case accepted(Step)
    /// The event was refused; nothing is to be written.
    case rejected(Rejection)
}

/// What an accepted event did: the new instance, the transitions taken and the effects to apply.
public struct Step: Sendable {
    /// The instance after the event (version incremented).
    public var instance: WorkflowInstance
    /// The transitions taken, the event's own first, then `done` transitions.
    public var transitions: [TakenTransition]
    /// States left, innermost first.
    public var exited: [String]
    /// States entered, outermost first.
    public var entered: [String]
    /// Effects for the store to apply (fields already applied to ``instance``).
    public var effects: [AppliedEffect]

    /// Creates a step.
    public init(
        instance: WorkflowInstance, transitions: [TakenTransition], exited: [String],
        entered: [String], effects: [AppliedEffect]
    ) {
        self.instance = instance
        self.transitions = transitions
        self.exited = exited
        self.entered = entered
        self.effects = effects
    }
}

/// A transition that was taken.
public struct TakenTransition: Hashable, Sendable, Codable {
    /// The event, or `nil` for a `done` transition.
    public var event: String?
    /// The state the transition is written on.
    public var source: String
    /// The target state; `nil` for an internal transition.
    public var target: String?

    /// Creates a record of a taken transition.
    public init(event: String?, source: String, target: String?) {
        self.event = event
        self.source = source
        self.target = target
    }
}

/// An effect with its concrete values, as the store records it.
public enum AppliedEffect: Hashable, Sendable {
    /// A field changed.
    case fieldSet(path: String, old: Value?, new: Value?)
    /// A deadline was started; it falls due at `due`.
    case deadlineScheduled(id: String, event: String, due: Date)
    /// A deadline was cancelled (by an effect or by leaving its state).
    case deadlineCancelled(id: String)
    /// A flag was raised.
    case flagRaised(category: FlagCategory, level: FlagLevel, reason: String)
    /// The workflow's open flags of a category were cleared.
    case flagCleared(category: FlagCategory)
    /// People holding a role are to be notified.
    case notification(role: String, message: String)
}
