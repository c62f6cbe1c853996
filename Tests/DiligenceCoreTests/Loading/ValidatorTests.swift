import DiligenceCore
import DiligenceTestSupport
import Testing

/// Checks on the whole statechart once every name resolves.
@Suite struct ValidatorTests {
    static let refusals: [Refusal] = [
        Refusal(
            "an unreachable state is reported once for its subtree",
            WorkflowYAML.workflow(
                states: WorkflowYAML.goToFinal(
                    after: """
                          island:
                            initial: shore
                            states:
                              shore:
                                on:
                                  - event: go
                                    target: b
                        """)), .unreachableState, line: 11, column: 3,
            mentions: ["\"island\"", "never be entered"]),
        Refusal(
            "a non-final dead end",
            WorkflowYAML.workflow(
                states: """
                      a:
                        on:
                          - event: go
                            target: stuck
                      stuck:
                        description: nothing leaves
                    """), .deadEnd, line: 9, column: 3, mentions: ["\"stuck\"", "not final", "type: final"]),
        Refusal(
            "a compound that can complete needs a done transition",
            WorkflowYAML.workflow(
                initial: "c",
                states: """
                      c:
                        initial: x
                        states:
                          x:
                            on:
                              - event: go
                                target: y
                          y:
                            type: final
                    """), .deadEnd, line: 5, column: 3, mentions: ["\"c\"", "done"]),
        Refusal(
            "a deadline on a final state",
            WorkflowYAML.workflow(
                states: WorkflowYAML.goToFinal(inB: "    deadlines:\n      - after: 30d\n        send: go")),
            .deadlineOnFinalState, line: 12, column: 9, mentions: ["\"b\"", "final"]),
        Refusal(
            "a deadline sending an unhandled event",
            WorkflowYAML.workflow(
                states: """
                      a:
                        deadlines:
                          - after: 30d
                            send: overdeu
                        on:
                          - event: overdue
                            target: b
                      b:
                        type: final
                    """), .unknownEvent, line: 7, column: 9,
            mentions: ["\"a.overdeu\"", "\"overdeu\"", "no transition handles", "did you mean \"overdue\"?"]),
        Refusal(
            "a scheduled deadline sending an unhandled event",
            WorkflowYAML.workflow(
                states: WorkflowYAML.goToFinal(
                    inA: "    entry:\n      - schedule: {id: reminder, after: 2w, send: remind}")),
            .unknownEvent, line: 7, column: 19, mentions: ["\"reminder\"", "\"remind\""]),
        Refusal(
            "cancelling a deadline nothing schedules",
            WorkflowYAML.workflow(
                states: WorkflowYAML.goToFinal(
                    inA: "    deadlines:\n      - id: reminder\n        after: 2w\n        send: go",
                    onGo: "        effects:\n          - cancel: remnder")),
            .unknownReference, line: 11, column: 9, mentions: ["cancel", "\"remnder\"", "nothing schedules"]),
        Refusal(
            "a parallel region must be compound",
            WorkflowYAML.workflow(
                initial: "p",
                states: """
                      p:
                        type: parallel
                        states:
                          left:
                            initial: l1
                            states:
                              l1:
                                type: final
                          right:
                            on:
                              - event: go
                                target: end
                        done:
                          target: end
                      end:
                        type: final
                    """), .invalidValue, line: 13, column: 7,
            mentions: ["\"right\"", "parallel state \"p\"", "compound"]),
        Refusal(
            "done on an atomic state",
            WorkflowYAML.workflow(
                states: WorkflowYAML.goToFinal().replacingOccurrences(
                    of: "  b:", with: "    done:\n      target: b\n  b:")),
            .invalidValue, line: 9, column: 5, mentions: ["\"a\"", "atomic", "done"]),
        Refusal(
            "a final state with transitions",
            WorkflowYAML.workflow(
                states: WorkflowYAML.finalA + "\n    on:\n      - event: reopen\n        target: a"),
            .invalidValue, line: 8, column: 9, mentions: ["final state \"a\"", "cannot have transitions"]),
    ]

    @Test(arguments: refusals) func statechartIsRefused(_ refusal: Refusal) throws {
        try refusal.check()
    }

    @Test func enclosingTransitionIsAWayOut() throws {
        let definition = try WorkflowFixtures.definition(
            """
            \(WorkflowYAML.header(initial: "c"))
              c:
                states:
                  waiting:
                    description: left only through c's transition
                on:
                  - event: cancel
                    target: end
              end:
                type: final
            """)
        #expect(definition.state("waiting")?.parent == definition.state("c")?.index)
    }

    @Test func unusedFieldAndRoleAreWarningsOnly() throws {
        let (definition, report) = WorkflowFixtures.load(
            """
            workflow: w
            roles:
              officer: Sends go.
              auditor: Reads only.
            fields:
              note: string
              spare: int
            initial: a
            states:
              a:
                on:
                  - event: go
                    target: b
                    roles: [officer]
                    accepts: [note]
              b:
                type: final
            """)
        #expect(definition != nil)
        #expect(report.errors.isEmpty)
        #expect(report.warnings.count == 2)
        let sorted = report.sorted.warnings
        let role = try #require(sorted.first)
        let field = try #require(sorted.last)
        #expect(role.code == .unusedRole)
        #expect(role.location.line == 4 && role.location.column == 3)
        #expect(role.message.contains("\"auditor\""))
        #expect(field.code == .unusedField)
        #expect(field.location.line == 7 && field.location.column == 3)
        #expect(field.message.contains("\"spare\""))
    }

    @Test func transitionWithoutRolesUsesEveryRole() throws {
        let (_, report) = WorkflowFixtures.load(
            WorkflowYAML.workflow(roles: "[officer, auditor]", states: WorkflowYAML.goToFinal()))
        #expect(report.isValid)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }
}
