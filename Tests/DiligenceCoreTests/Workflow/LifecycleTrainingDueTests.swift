import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// The shipped partner lifecycle shows training as due again when trainings pass their renewal
/// period, and a valid red flag locks an active partner; driven by facts, as the store drives it.
@Suite struct LifecycleTrainingDueTests {
    let definition: WorkflowDefinition
    let now = WorkflowFixtures.now
    let officer = Actor(user: "ada", role: "programme_officer")

    init() throws {
        let path = "Workflows/partner-lifecycle.yaml"
        definition = try WorkflowFixtures.definition(try Repository.text(path), file: path)
    }

    /// Facts of a healthy, engaged partner, changed by `changes`.
    func facts(_ changes: [String: Value] = [:]) -> [FieldValue] {
        var values: [String: Value] = [
            "capacity_level": .string("full"), "assessments_open": .int(0), "open_red_flags": .int(0),
            "agreement_cleared": .bool(false), "training_coverage": .decimal(1),
            "training_coverage_required": .decimal(1), "training_renewal_overdue": .bool(false),
        ]
        values.merge(changes) { _, new in new }
        return definition.derivedValues(values)
    }

    func step(_ instance: WorkflowInstance, _ event: String, _ facts: [FieldValue]) -> StepOutcome {
        Engine.step(definition, instance, event: EventInput(event), actor: officer, now: now, facts: facts)
    }

    func accepted(_ outcome: StepOutcome?) throws -> WorkflowInstance {
        let step = outcome.flatMap { outcome -> Step? in
            if case .accepted(let step) = outcome { return step }
            return nil
        }
        return try #require(step, "refused or unchanged: \(String(describing: outcome))").instance
    }

    @Test func expiredTrainingsMakeTrainingDueAgainUntilItIsConfirmedAgain() throws {
        var instance = Engine.start(definition, subject: "P-1", now: now, facts: facts()).instance
        instance = try accepted(step(instance, "complete_assessment", facts()))
        instance = try accepted(step(instance, "confirm_training", facts()))
        instance = try accepted(
            Engine.refresh(definition, instance, facts: facts(["agreement_cleared": .bool(true)]), now: now))
        #expect(definition.currentStates(of: instance) == ["training_current"])

        let lapsed = facts([
            "agreement_cleared": .bool(true), "training_renewal_overdue": .bool(true),
            "training_coverage": .decimal(Decimal(string: "0.4")!),
        ])
        instance = try accepted(Engine.refresh(definition, instance, facts: lapsed, now: now))
        #expect(definition.currentStates(of: instance) == ["training_due"])
        guard case .rejected(let rejection) = step(instance, "confirm_training", lapsed) else {
            Issue.record("confirming below the threshold must be refused")
            return
        }
        #expect(rejection.explanation.contains("training_coverage >= training_coverage_required"))
        let renewed = facts(["agreement_cleared": .bool(true)])
        instance = try accepted(step(instance, "confirm_training", renewed))
        #expect(definition.currentStates(of: instance) == ["training_current"])

        let locked = facts(["agreement_cleared": .bool(true), "open_red_flags": .int(1)])
        instance = try accepted(Engine.refresh(definition, instance, facts: locked, now: now))
        #expect(definition.currentStates(of: instance) == ["suspended"])
    }
}
