import DiligenceCore
import DiligenceTestSupport
import Testing

/// Errors in the file's shape: YAML syntax, unknown and missing keys, wrong types, bad values.
@Suite struct LoaderShapeTests {
    @Test func yamlSyntaxErrorIsLocated() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
              states: x
            """)
        expect(error, .yamlSyntax, line: 4, column: 9, mentions: ["not valid YAML", "mapping values"])
    }

    @Test func emptyFileNeedsKeys() throws {
        let error = try singleError("")
        expect(error, .missingKey, line: 1, column: 1, mentions: ["empty"])
    }

    @Test func unknownStateKeySuggestsTheKnownOne() throws {
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
                tpye: final
            """)
        expect(
            error, .unknownKey, line: 10, column: 5,
            mentions: ["\"tpye\"", "state \"b\"", "did you mean \"type\"?"])
    }

    @Test func unknownTransitionKeySuggestsTheKnownOne() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                on:
                  - event: go
                    taget: b
              b:
                type: final
            """)
        expect(error, .unknownKey, line: 8, column: 9, mentions: ["\"taget\"", "did you mean \"target\"?"])
    }

    @Test func unknownTopLevelKeyListsAllowedKeysWhenNothingIsClose() throws {
        let (_, report) = WorkflowFixtures.load(
            """
            workflow: w
            roles: [officer]
            colour: blue
            initial: a
            states:
              a:
                type: final
            """)
        let error = try #require(report.errors.first)
        #expect(report.errors.count == 1)
        expect(error, .unknownKey, line: 3, column: 1, mentions: ["\"colour\"", "allowed keys are workflow"])
    }

    @Test func missingTopLevelKeyIsReportedAtTheRoot() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            states:
              a:
                type: final
            """)
        expect(error, .missingKey, line: 1, column: 1, mentions: ["\"initial:\""])
    }

    @Test func transitionWithoutEvent() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                on:
                  - target: b
              b:
                type: final
            """)
        expect(error, .missingKey, line: 7, column: 9, mentions: ["a transition of \"a\"", "event"])
    }

    @Test func doneTransitionWithoutTarget() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: c
            states:
              c:
                states:
                  inner:
                    type: final
                done:
                  description: finished
            """)
        expect(error, .missingKey, line: 10, column: 7, mentions: ["done transition of \"c\"", "target"])
    }

    @Test func compoundStateWithoutInitial() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: c
            states:
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
            """)
        expect(error, .missingKey, line: 5, column: 3, mentions: ["compound state \"c\"", "initial"])
    }

    @Test func transitionsThatAreNotAList() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                on: go
            """)
        expect(
            error, .wrongType, line: 6, column: 9,
            mentions: ["transitions of \"a\"", "must be a list", "\"go\""])
    }

    @Test func versionThatIsNotANumber() throws {
        let error = try singleError(
            """
            workflow: w
            version: two
            roles: [officer]
            initial: a
            states:
              a:
                type: final
            """)
        expect(error, .wrongType, line: 2, column: 10, mentions: ["version", "whole number", "\"two\""])
    }

    @Test func badDuration() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                deadlines:
                  - after: 30 days
                    send: go
                on:
                  - event: go
                    target: b
              b:
                type: final
            """)
        expect(error, .invalidValue, line: 7, column: 16, mentions: ["\"30 days\"", "not a duration"])
    }

    @Test func badFieldTypeSuggestsTheKnownOne() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            fields:
              note:
                type: strng
            initial: a
            states:
              a:
                type: final
            """)
        expect(
            error, .invalidValue, line: 5, column: 11,
            mentions: ["field \"note\"", "\"strng\"", "did you mean \"string\"?"])
    }

    @Test func badFieldDefault() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            fields:
              count: {type: int, default: many}
            initial: a
            states:
              a:
                type: final
            """)
        expect(
            error, .invalidValue, line: 4, column: 31,
            mentions: ["field \"count\"", "\"many\"", "whole number"])
    }

    @Test func enumWithoutValues() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            fields:
              level: enum
            initial: a
            states:
              a:
                type: final
            """)
        expect(error, .missingKey, line: 4, column: 10, mentions: ["field \"level\"", "values"])
    }

    @Test func badStateType() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer]
            initial: a
            states:
              a:
                type: finished
            """)
        expect(
            error, .invalidValue, line: 6, column: 11,
            mentions: ["state \"a\"", "\"finished\"", "atomic, compound, parallel or final"])
    }

    @Test func badFlagLevel() throws {
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
                    effects:
                      - raise_flag: {category: compliance, level: orange, reason: late}
              b:
                type: final
            """)
        expect(error, .invalidValue, line: 10, column: 55, mentions: ["\"orange\"", "flag level"])
    }

    @Test func systemRoleCannotBeDeclared() throws {
        let error = try singleError(
            """
            workflow: w
            roles: [officer, system]
            initial: a
            states:
              a:
                type: final
            """)
        expect(error, .invalidValue, line: 2, column: 18, mentions: ["\"system\"", "reserved"])
    }
}
