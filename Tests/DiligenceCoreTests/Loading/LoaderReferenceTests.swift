import DiligenceCore
import DiligenceTestSupport
import Testing

/// Names that must resolve: states, initial states, roles and fields.
@Suite struct LoaderReferenceTests {
    static let refusals: [Refusal] = [
        Refusal(
            "a duplicate state id at the same level",
            WorkflowYAML.workflow(states: WorkflowYAML.finalA + "\n" + WorkflowYAML.finalA),
            .duplicateID, line: 7, column: 3, mentions: ["\"a\"", "twice", "first at line 5"]),
        Refusal(
            "a duplicate state id in a nested state",
            WorkflowYAML.workflow(
                states: """
                      a:
                        on:
                          - event: go
                            target: b
                      b:
                        states:
                          a:
                            type: final
                    """), .duplicateID, line: 11, column: 7,
            mentions: ["state id \"a\"", "used twice", "first at line 5"]),
        Refusal(
            "an unknown target suggests the closest state",
            WorkflowYAML.workflow(
                initial: "draft",
                states: """
                      draft:
                        on:
                          - event: submit
                            target: submited
                      submitted:
                        type: final
                    """), .unknownState, line: 8, column: 17,
            mentions: ["\"submited\"", "\"submit\"", "\"draft\"", "did you mean \"submitted\"?"]),
        Refusal(
            "an unknown initial state",
            WorkflowYAML.workflow(initial: "start", states: "  begin:\n    type: final"),
            .unknownState, line: 3, column: 10, mentions: ["initial state", "\"start\""]),
        Refusal(
            "the initial state must be a child",
            WorkflowYAML.workflow(
                initial: "inner",
                states: """
                      outer:
                        states:
                          inner:
                            type: final
                    """), .unknownState, line: 3, column: 10,
            mentions: ["the workflow", "\"inner\"", "own child states"]),
        Refusal(
            "an unknown role in a transition's roles",
            WorkflowYAML.workflow(
                roles: "[programme_officer, manager]",
                states: WorkflowYAML.goToFinal(onGo: "        roles: [manager, programme_oficer]")),
            .unknownRole, line: 9, column: 26,
            mentions: ["\"programme_oficer\"", "does not declare", "did you mean \"programme_officer\"?"]),
        Refusal(
            "an unknown role in notify",
            WorkflowYAML.workflow(
                states: WorkflowYAML.goToFinal(
                    inA: "    entry:\n      - notify: {role: auditor, message: hello}")),
            .unknownRole, line: 7, column: 24, mentions: ["notify", "\"auditor\"", "does not declare"]),
        Refusal(
            "an unknown field in requires",
            closingWithReason("        requires: [reasons]"),
            .unknownField, line: 11, column: 20,
            mentions: ["\"reasons\"", "not a declared field", "did you mean \"reason\"?"]),
        Refusal(
            "an unknown field in accepts",
            closingWithReason("        accepts: comment"),
            .unknownField, line: 11, column: 18,
            mentions: ["accepted field", "\"comment\"", "declare it under fields:"]),
        Refusal(
            "an unknown field in set",
            closingWithReason(
                "        effects:\n          - set: {reason: done, resolution: accepted}"),
            .unknownField, line: 12, column: 33, mentions: ["set:", "\"resolution\""]),
    ]

    /// A workflow with the field `reason` whose `a` goes to the final `b` on `close`, with
    /// `transition` lines of the transition.
    static func closingWithReason(_ transition: String) -> String {
        WorkflowYAML.workflow(
            fields: "  reason: string",
            states: WorkflowYAML.goToFinal(onGo: transition).replacingOccurrences(
                of: "event: go", with: "event: close"))
    }

    @Test(arguments: refusals) func nameThatDoesNotResolveIsRefused(_ refusal: Refusal) throws {
        try refusal.check()
    }
}
