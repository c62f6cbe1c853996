public import Foundation

/// The step function: pure, with no clock, database or I/O. Given a definition, an instance, an
/// event, who sends it and the current time, it returns the new instance and its effects, or
/// the reason the event is refused.
public enum Engine {
    /// The most automatic (`done`) transitions one event may cause before the engine gives up.
    public static let automaticStepLimit = 100

    /// Starts a new instance in the workflow's initial configuration, running entry effects and
    /// starting the initial states' deadlines.
    ///
    /// - Parameter facts: values of derived fields, computed by the caller from the records.
    public static func start(
        _ definition: WorkflowDefinition, subject: String, now: Date, facts: [FieldValue] = []
    ) -> Step {
        var run = Run(definition: definition, now: now)
        for field in definition.fields { run.values[field.slot] = field.defaultValue }
        for fact in facts { run.values[fact.field.slot] = fact.value }
        run.enterInitialStates()
        _ = run.settle()
        let instance = WorkflowInstance(
            subject: subject, workflow: definition.id, definitionHash: definition.hash, version: 0,
            configuration: run.configuration, values: run.values, isComplete: run.isComplete)
        return Step(
            instance: instance, transitions: run.taken, exited: [], entered: run.entered, effects: run.effects
        )
    }

    /// Sends one event to an instance and runs it to completion.
    ///
    /// - Parameter facts: the current values of derived fields, computed by the caller from the
    ///   records (with this event's record changes applied); guards see them, and a changed fact
    ///   is recorded as a field change of the step.
    public static func step(
        _ definition: WorkflowDefinition, _ instance: WorkflowInstance, event: EventInput, actor: Actor,
        now: Date, facts: [FieldValue] = []
    ) -> StepOutcome {
        if instance.isComplete {
            return .rejected(.instanceComplete(finalStates: definition.currentStates(of: instance)))
        }
        guard definition.eventSet.contains(event.name) else {
            return .rejected(.unknownEvent(event: event.name, knownEvents: definition.events))
        }
        var run = Run(definition: definition, now: now, instance: instance)
        for fact in facts { run.setField(fact.field, to: fact.value) }
        switch run.select(event: event, actor: actor) {
        case .failure(let rejection):
            return .rejected(rejection)
        case .success(let selected):
            for item in event.data {
                run.setField(item.field, to: item.value)
            }
            run.take(selected)
            if let stuck = run.settle() {
                return .rejected(.runaway(event: event.name, state: stuck))
            }
            return .accepted(run.step(after: instance))
        }
    }

    /// Re-evaluates a record after its facts changed (a linked record moved, a deadline passed):
    /// applies the new facts, then takes the `done` and `always` transitions they enable.
    /// Returns `nil` when nothing changes, so the caller writes nothing.
    public static func refresh(
        _ definition: WorkflowDefinition, _ instance: WorkflowInstance, facts: [FieldValue], now: Date
    ) -> StepOutcome? {
        guard !instance.isComplete else { return nil }
        var run = Run(definition: definition, now: now, instance: instance)
        for fact in facts { run.setField(fact.field, to: fact.value) }
        if let stuck = run.settle() {
            return .rejected(.runaway(event: "refresh", state: stuck))
        }
        guard !run.effects.isEmpty || !run.taken.isEmpty else { return nil }
        return .accepted(run.step(after: instance))
    }
}
