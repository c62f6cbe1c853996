import DiligenceCore
import DiligenceTestSupport
import Testing

/// Errors in the file's shape: YAML syntax, unknown and missing keys, wrong types, bad values.
@Suite struct LoaderShapeTests {
    static let refusals: [Refusal] = [
        Refusal(
            "YAML syntax error is located",
            """
            workflow: w
            roles: [officer]
            initial: a
              states: x
            """, .yamlSyntax, line: 4, column: 9, mentions: ["not valid YAML", "mapping values"]),
        Refusal("an empty file needs keys", "", .missingKey, line: 1, column: 1, mentions: ["empty"]),
        Refusal(
            "an unknown state key suggests the known one",
            WorkflowYAML.workflow(
                states: """
                      a:
                        on:
                          - event: go
                            target: b
                      b:
                        tpye: final
                    """), .unknownKey, line: 10, column: 5,
            mentions: ["\"tpye\"", "state \"b\"", "did you mean \"type\"?"]),
        Refusal(
            "an unknown transition key suggests the known one",
            WorkflowYAML.workflow(
                states: """
                      a:
                        on:
                          - event: go
                            taget: b
                      b:
                        type: final
                    """), .unknownKey, line: 8, column: 9,
            mentions: ["\"taget\"", "did you mean \"target\"?"]),
        Refusal(
            "an unknown top-level key lists the allowed keys when nothing is close",
            """
            workflow: w
            roles: [officer]
            colour: blue
            initial: a
            states:
            \(WorkflowYAML.finalA)
            """, .unknownKey, line: 3, column: 1, mentions: ["\"colour\"", "allowed keys are workflow"]),
        Refusal(
            "a missing top-level key is reported at the root",
            """
            workflow: w
            roles: [officer]
            states:
            \(WorkflowYAML.finalA)
            """, .missingKey, line: 1, column: 1, mentions: ["\"initial:\""]),
        Refusal(
            "a transition without an event",
            WorkflowYAML.workflow(
                states: """
                      a:
                        on:
                          - target: b
                      b:
                        type: final
                    """), .missingKey, line: 7, column: 9, mentions: ["a transition of \"a\"", "event"]),
        Refusal(
            "a done transition without a target",
            WorkflowYAML.workflow(
                initial: "c",
                states: """
                      c:
                        states:
                          inner:
                            type: final
                        done:
                          description: finished
                    """), .missingKey, line: 10, column: 7, mentions: ["done transition of \"c\"", "target"]),
        Refusal(
            "a compound state without initial",
            WorkflowYAML.workflow(
                initial: "c",
                states: """
                      c:
                        states:
                          x:
                            on:
                              - event: go
                                target: y
                          y:
                            type: final
                        done:
                          target: end
                      end:
                        type: final
                    """), .missingKey, line: 5, column: 3, mentions: ["compound state \"c\"", "initial"]),
        Refusal(
            "transitions that are not a list",
            WorkflowYAML.workflow(states: "  a:\n    on: go"), .wrongType, line: 6, column: 9,
            mentions: ["transitions of \"a\"", "must be a list", "\"go\""]),
        Refusal(
            "a version that is not a number",
            """
            workflow: w
            version: two
            roles: [officer]
            initial: a
            states:
            \(WorkflowYAML.finalA)
            """, .wrongType, line: 2, column: 10, mentions: ["version", "whole number", "\"two\""]),
        Refusal(
            "a bad duration",
            WorkflowYAML.workflow(
                states: WorkflowYAML.goToFinal(
                    inA: "    deadlines:\n      - after: 30 days\n        send: go")),
            .invalidValue, line: 7, column: 16, mentions: ["\"30 days\"", "not a duration"]),
        Refusal(
            "a bad field type suggests the known one",
            WorkflowYAML.workflow(fields: "  note:\n    type: strng", states: WorkflowYAML.finalA),
            .invalidValue, line: 5, column: 11,
            mentions: ["field \"note\"", "\"strng\"", "did you mean \"string\"?"]),
        Refusal(
            "a bad field default",
            WorkflowYAML.workflow(fields: "  count: {type: int, default: many}", states: WorkflowYAML.finalA),
            .invalidValue, line: 4, column: 31, mentions: ["field \"count\"", "\"many\"", "whole number"]),
        Refusal(
            "an enum without values",
            WorkflowYAML.workflow(fields: "  level: enum", states: WorkflowYAML.finalA),
            .missingKey, line: 4, column: 10, mentions: ["field \"level\"", "values"]),
        Refusal(
            "a bad state type",
            WorkflowYAML.workflow(states: "  a:\n    type: finished"), .invalidValue, line: 6, column: 11,
            mentions: ["state \"a\"", "\"finished\"", "atomic, compound, parallel or final"]),
        Refusal(
            "a bad flag level",
            WorkflowYAML.workflow(
                states: WorkflowYAML.goToFinal(
                    onGo:
                        "        effects:\n          - raise_flag: {category: compliance, level: orange, reason: late}"
                )),
            .invalidValue, line: 10, column: 55, mentions: ["\"orange\"", "flag level"]),
        Refusal(
            "the system role cannot be declared",
            WorkflowYAML.workflow(roles: "[officer, system]", states: WorkflowYAML.finalA),
            .invalidValue, line: 2, column: 18, mentions: ["\"system\"", "reserved"]),
    ]

    @Test(arguments: refusals) func fileIsRefusedWithOneLocatedError(_ refusal: Refusal) throws {
        try refusal.check()
    }
}
