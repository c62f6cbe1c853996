import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// A small workflow exercising nesting, a parallel state, deadlines and every effect kind.
let engineWorkflow = """
    workflow: engine-test
    roles: [officer, manager]
    fields:
      reason: string
      note: string
      count: {type: int, default: 0}
    initial: idle
    states:
      idle:
        deadlines:
          - after: 1mo
            send: remind
        on:
          - event: remind
            roles: [system]
          - event: note
            accepts: [note]
            effects:
              - notify: {role: officer, message: noted}
          - event: begin
            target: submitted
            roles: [officer]
          - event: skip
            target: both
            roles: [manager]
            requires: [reason]
          - event: skip
            target: finished
            roles: [manager]
            requires: [reason]
      review:
        initial: draft
        entry:
          - notify: {role: officer, message: enter review}
        exit:
          - notify: {role: officer, message: exit review}
        states:
          draft:
            on:
              - event: submit
                target: submitted
          submitted:
            entry:
              - notify: {role: officer, message: enter submitted}
            exit:
              - notify: {role: officer, message: exit submitted}
            deadlines:
              - id: answer
                after: 2w
                send: chase
            on:
              - event: chase
                roles: [system]
                effects:
                  - raise_flag: {category: compliance, level: yellow, reason: no answer}
              - event: restart
                target: review
              - event: accept
                target: both
                effects:
                  - notify: {role: officer, message: accept}
                  - set: {count: 1}
      both:
        type: parallel
        entry:
          - notify: {role: officer, message: enter both}
        states:
          left:
            initial: left_open
            entry:
              - notify: {role: officer, message: enter left}
            states:
              left_open:
                entry:
                  - notify: {role: officer, message: enter left_open}
                on:
                  - event: close_left
                    target: left_done
              left_done:
                type: final
          right:
            initial: right_open
            states:
              right_open:
                on:
                  - event: close_right
                    target: right_done
                  - event: clear
                    effects:
                      - clear_flag: {category: compliance}
              right_done:
                type: final
        done:
          target: finished
          effects:
            - notify: {role: manager, message: both done}
      finished:
        type: final
    """

let officer = Actor(user: "ada", role: "officer")
let manager = Actor(user: "mo", role: "manager")

/// Drives one instance of a definition through events, failing the test on a rejection.
struct Driver {
    let definition: WorkflowDefinition
    var instance: WorkflowInstance
    var now: Date

    init(_ yaml: String = engineWorkflow, now: Date = WorkflowFixtures.now) throws {
        definition = try WorkflowFixtures.definition(yaml)
        self.now = now
        instance = Engine.start(definition, subject: "P-1", now: now).instance
    }

    /// The leaf states the instance is in.
    var current: [String] { definition.currentStates(of: instance) }

    /// Sends an event that must be accepted; returns the step.
    @discardableResult
    mutating func send(
        _ event: String, as actor: Actor = officer, data: [String: Value?] = [:],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Step {
        switch outcome(event, as: actor, data: data) {
        case .accepted(let step):
            instance = step.instance
            return step
        case .rejected(let rejection):
            Issue.record("\(event) was rejected: \(rejection.explanation)", sourceLocation: sourceLocation)
            throw rejection
        }
    }

    /// Sends an event that must be rejected; returns the rejection.
    func reject(
        _ event: String, as actor: Actor = officer, data: [String: Value?] = [:],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Rejection? {
        guard case .rejected(let rejection) = outcome(event, as: actor, data: data) else {
            Issue.record("\(event) was accepted", sourceLocation: sourceLocation)
            return nil
        }
        return rejection
    }

    func outcome(_ event: String, as actor: Actor, data: [String: Value?]) -> StepOutcome {
        let values = data.sorted { $0.key < $1.key }.map { path, value in
            FieldValue(field: FieldID(slot: definition.field(path)!.slot, path: path), value: value)
        }
        return Engine.step(
            definition, instance, event: EventInput(event, data: values), actor: actor, now: now)
    }

    /// The notification messages among effects, in order.
    static func messages(_ effects: [AppliedEffect]) -> [String] {
        effects.compactMap {
            if case .notification(_, let message) = $0 { return message }
            return nil
        }
    }
}
