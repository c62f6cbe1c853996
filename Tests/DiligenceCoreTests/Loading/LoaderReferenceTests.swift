import DiligenceCore
import DiligenceTestSupport
import Testing

/// Names that must resolve: states, initial states, roles and fields.
@Suite struct LoaderReferenceTests {
    @Test func duplicateStateIDAtTheSameLevel() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                type: final
              a:
                type: final
            """)
        expect(error, .duplicateID, line: 7, column: 3, mentions: ["\"a\"", "twice", "first at line 5"])
    }

    @Test func duplicateStateIDInANestedState() throws {
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
                states:
                  a:
                    type: final
            """)
        #expect(error.message.contains("first at line 5"))
        expect(error, .duplicateID, line: 11, column: 7, mentions: ["state id \"a\"", "used twice"])
    }

    @Test func unknownTargetSuggestsTheClosestState() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: draft
            states:
              draft:
                on:
                  - event: submit
                    target: submited
              submitted:
                type: final
            """)
        expect(
            error, .unknownState, line: 8, column: 17,
            mentions: ["\"submited\"", "\"submit\"", "\"draft\"", "did you mean \"submitted\"?"])
    }

    @Test func unknownInitialState() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: start
            states:
              begin:
                type: final
            """)
        expect(error, .unknownState, line: 3, column: 10, mentions: ["initial state", "\"start\""])
    }

    @Test func initialStateMustBeAChild() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: inner
            states:
              outer:
                states:
                  inner:
                    type: final
            """)
        expect(
            error, .unknownState, line: 3, column: 10,
            mentions: ["the workflow", "\"inner\"", "own child states"])
    }

    @Test func unknownRoleInTransitionRoles() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [programme_officer, manager]
            initial: a
            states:
              a:
                on:
                  - event: go
                    target: b
                    roles: [manager, programme_oficer]
              b:
                type: final
            """)
        expect(
            error, .unknownRole, line: 9, column: 26,
            mentions: ["\"programme_oficer\"", "does not declare", "did you mean \"programme_officer\"?"])
    }

    @Test func unknownRoleInNotify() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                entry:
                  - notify: {role: auditor, message: hello}
                on:
                  - event: go
                    target: b
              b:
                type: final
            """)
        expect(
            error, .unknownRole, line: 7, column: 24, mentions: ["notify", "\"auditor\"", "does not declare"])
    }

    @Test func unknownFieldInRequires() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            fields:
              reason: string
            initial: a
            states:
              a:
                on:
                  - event: close
                    target: b
                    requires: [reasons]
              b:
                type: final
            """)
        expect(
            error, .unknownField, line: 11, column: 20,
            mentions: ["\"reasons\"", "not a declared field", "did you mean \"reason\"?"])
    }

    @Test func unknownFieldInAccepts() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            fields:
              reason: string
            initial: a
            states:
              a:
                on:
                  - event: close
                    target: b
                    accepts: comment
              b:
                type: final
            """)
        expect(
            error, .unknownField, line: 11, column: 18,
            mentions: ["accepted field", "\"comment\"", "declare it under fields:"])
    }

    @Test func unknownFieldInSet() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            fields:
              reason: string
            initial: a
            states:
              a:
                on:
                  - event: close
                    target: b
                    effects:
                      - set: {reason: done, resolution: accepted}
              b:
                type: final
            """)
        expect(error, .unknownField, line: 12, column: 33, mentions: ["set:", "\"resolution\""])
    }
}
