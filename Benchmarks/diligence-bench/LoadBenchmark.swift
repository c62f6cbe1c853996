import DiligenceCore
import Foundation

/// Definition load + validation time.
enum LoadBenchmark {
    /// Median milliseconds to load and validate the given files as a set.
    static func milliseconds(_ files: [DefinitionSet.File], runs: Int) throws -> Double {
        var valid = true
        let seconds = Measure.median(runs: runs) {
            valid = DefinitionSet(files: files).report.isValid && valid
        }
        guard valid else { throw BenchmarkFailure("a benchmark definition did not validate") }
        return seconds * 1000
    }

    /// A workflow of `count` states: a chain of compound stages of ten atomic steps each, every
    /// step guarded, with a deadline on each stage and a final state at the end.
    static func generatedWorkflow(states count: Int) -> String {
        var text = """
            workflow: generated
            title: Generated benchmark workflow
            roles: [programme_officer, manager]
            fields:
              score: {type: int, default: 0}
              level: {type: enum, values: [low, medium, high], default: low}
              reviewed_on: {type: date}
            initial: stage0
            states:

            """
        let stages = max(1, (count - 1) / 11)
        for stage in 0..<stages {
            text +=
                "  stage\(stage):\n    initial: s\(stage)_0\n    deadlines:\n      - {after: 30d, send: escalate}\n"
            text += "    on:\n      - {event: escalate, roles: [system]}\n    states:\n"
            for step in 0..<10 {
                let next =
                    step == 9 ? (stage == stages - 1 ? "done" : "stage\(stage + 1)") : "s\(stage)_\(step + 1)"
                text += "      s\(stage)_\(step):\n        on:\n"
                text +=
                    "          - event: advance\n            target: \(next)\n            roles: [programme_officer]\n"
                text +=
                    "            guard: score >= \(step) && level in [\"medium\", \"high\"] && days_since(reviewed_on) < 365\n"
            }
        }
        text += "  done:\n    type: final\n"
        return text
    }
}
