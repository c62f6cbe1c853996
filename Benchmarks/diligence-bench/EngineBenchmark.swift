import DiligenceCore
import Foundation

/// Pure engine steps per second on the shipped partner lifecycle, guards evaluated, with the
/// partner's facts given to every operation as the store gives them.
enum EngineBenchmark {
    struct Result {
        var steps: Int
        var seconds: Double
        var stepsPerSecond: Double { Double(steps) / seconds }
    }

    static func run(definition: WorkflowDefinition, partners: Int) throws -> Result {
        let startFacts = definition.derivedValues(LifecycleCycle.registered)
        let operations = try LifecycleCycle.operations.map { operation in
            (
                event: try operation.event.map {
                    try definition.event($0, assignments: operation.data.map { (field: $0.0, value: $0.1) })
                },
                actor: Actor(user: "bench", role: operation.role),
                facts: definition.derivedValues(operation.facts)
            )
        }
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        try checkCycle(definition, startFacts: startFacts, operations: operations, now: now)
        var steps = 0
        var refused = 0
        var finished = 0
        let seconds = Measure.seconds {
            for _ in 0..<partners {
                var instance = Engine.start(definition, subject: "P", now: now, facts: startFacts).instance
                steps += 1
                for operation in operations {
                    let outcome: StepOutcome?
                    if let event = operation.event {
                        outcome = Engine.step(
                            definition, instance, event: event, actor: operation.actor, now: now,
                            facts: operation.facts)
                    } else {
                        outcome = Engine.refresh(definition, instance, facts: operation.facts, now: now)
                    }
                    switch outcome {
                    case .accepted(let step)?: instance = step.instance
                    case .rejected?, nil: refused += 1
                    }
                    steps += 1
                }
                if instance.isComplete { finished += 1 }
            }
        }
        guard refused == 0, finished == partners else {
            throw BenchmarkFailure(
                "the lifecycle cycle was refused \(refused) times and ended \(finished) of \(partners) partners"
            )
        }
        return Result(steps: steps, seconds: seconds)
    }
}

extension EngineBenchmark {
    /// The states the lifecycle must be in after each operation of the cycle, checked once before
    /// anything is timed, so the benchmark measures the lifecycle taking the way it describes.
    static let expectedStates: [Set<String>] = [
        ["assessment"], ["clauses_pending", "training_pending"], ["clauses_confirmed", "training_pending"],
        // `active` starts in its child `training_current` (trainings within their renewal period).
        ["training_current"],
        ["suspended"], ["training_current"], ["closed"],
    ]

    static func checkCycle(
        _ definition: WorkflowDefinition, startFacts: [FieldValue],
        operations: [(event: EventInput?, actor: Actor, facts: [FieldValue])], now: Date
    ) throws {
        var instance = Engine.start(definition, subject: "P", now: now, facts: startFacts).instance
        for (operation, expected) in zip(operations, expectedStates) {
            let outcome =
                operation.event.map {
                    Engine.step(
                        definition, instance, event: $0, actor: operation.actor, now: now,
                        facts: operation.facts)
                } ?? Engine.refresh(definition, instance, facts: operation.facts, now: now)
            guard case .accepted(let step)? = outcome else {
                throw BenchmarkFailure(
                    "the cycle stopped at \(operation.event?.name ?? "refresh"): \(String(describing: outcome))"
                )
            }
            instance = step.instance
            let states = Set(definition.currentStates(of: instance))
            guard states == expected else {
                throw BenchmarkFailure(
                    "after \(operation.event?.name ?? "refresh") the partner is in \(states.sorted()), not \(expected.sorted())"
                )
            }
        }
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
