import DiligenceCore
import Foundation

/// Pure engine steps per second on the partner lifecycle, guards evaluated.
enum EngineBenchmark {
    struct Result {
        var steps: Int
        var seconds: Double
        var stepsPerSecond: Double { Double(steps) / seconds }
    }

    static func run(definition: WorkflowDefinition, partners: Int) throws -> Result {
        let inputs = try LifecycleCycle.events.map { event in
            (
                try definition.event(event.name, assignments: event.data.map { (field: $0.0, value: $0.1) }),
                Actor(user: "bench", role: event.role)
            )
        }
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        var steps = 0
        var refused = 0
        let seconds = Measure.seconds {
            for _ in 0..<partners {
                var instance = Engine.start(definition, subject: "P", now: now).instance
                steps += 1
                for (input, actor) in inputs {
                    switch Engine.step(definition, instance, event: input, actor: actor, now: now) {
                    case .accepted(let step): instance = step.instance
                    case .rejected: refused += 1
                    }
                    steps += 1
                }
            }
        }
        guard refused == 0 else { throw BenchmarkFailure("the lifecycle cycle was refused \(refused) times") }
        return Result(steps: steps, seconds: seconds)
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
