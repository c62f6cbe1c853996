import DiligenceCore
import DiligenceTestSupport
import Testing

/// Checks on the whole statechart once every name resolves.
@Suite struct ValidatorTests {
    @Test func unreachableStateIsReportedOnceForItsSubtree() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                on:
                  - event: go
                    target: b
              b:
                type: final
              island:
                initial: shore
                states:
                  shore:
                    on:
                      - event: go
                        target: b
            """)
        expect(error, .unreachableState, line: 11, column: 3, mentions: ["\"island\"", "never be entered"])
    }

    @Test func nonFinalDeadEnd() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                on:
                  - event: go
                    target: stuck
              stuck:
                description: nothing leaves
            """)
        expect(error, .deadEnd, line: 9, column: 3, mentions: ["\"stuck\"", "not final", "type: final"])
    }

    @Test func enclosingTransitionIsAWayOut() throws {
        let definition = try WorkflowFixtures.definition(
            """
            workflow: w
            roles: [officer]
            initial: c
            states:
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

    @Test func compoundThatCanCompleteNeedsADoneTransition() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: c
            states:
              c:
                initial: x
                states:
                  x:
                    on:
                      - event: go
                        target: y
                  y:
                    type: final
            """)
        expect(error, .deadEnd, line: 5, column: 3, mentions: ["\"c\"", "done"])
    }

    @Test func deadlineOnAFinalState() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                on:
                  - event: go
                    target: b
              b:
                type: final
                deadlines:
                  - after: 30d
                    send: go
            """)
        expect(error, .deadlineOnFinalState, line: 12, column: 9, mentions: ["\"b\"", "final"])
    }

    @Test func deadlineSendingAnUnhandledEvent() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                deadlines:
                  - after: 30d
                    send: overdeu
                on:
                  - event: overdue
                    target: b
              b:
                type: final
            """)
        expect(
            error, .unknownEvent, line: 7, column: 9,
            mentions: ["\"a.overdeu\"", "\"overdeu\"", "no transition handles", "did you mean \"overdue\"?"])
    }

    @Test func scheduledDeadlineSendingAnUnhandledEvent() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                entry:
                  - schedule: {id: reminder, after: 2w, send: remind}
                on:
                  - event: go
                    target: b
              b:
                type: final
            """)
        expect(error, .unknownEvent, line: 7, column: 19, mentions: ["\"reminder\"", "\"remind\""])
    }

    @Test func cancellingADeadlineNothingSchedules() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                deadlines:
                  - id: reminder
                    after: 2w
                    send: go
                on:
                  - event: go
                    target: b
                    effects:
                      - cancel: remnder
              b:
                type: final
            """)
        expect(
            error, .unknownReference, line: 11, column: 9,
            mentions: ["cancel", "\"remnder\"", "nothing schedules"])
    }

    @Test func parallelRegionMustBeCompound() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: p
            states:
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
            """)
        expect(
            error, .invalidValue, line: 13, column: 7,
            mentions: ["\"right\"", "parallel state \"p\"", "compound"])
    }

    @Test func doneOnAnAtomicState() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                on:
                  - event: go
                    target: b
                done:
                  target: b
              b:
                type: final
            """)
        expect(error, .invalidValue, line: 9, column: 5, mentions: ["\"a\"", "atomic", "done"])
    }

    @Test func finalStateWithTransitions() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                type: final
                on:
                  - event: reopen
                    target: a
            """)
        expect(
            error, .invalidValue, line: 8, column: 9,
            mentions: ["final state \"a\"", "cannot have transitions"])
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
            """
            workflow: w
            roles: [officer, auditor]
            initial: a
            states:
              a:
                on:
                  - event: go
                    target: b
              b:
                type: final
            """)
        #expect(report.isValid)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }
}
