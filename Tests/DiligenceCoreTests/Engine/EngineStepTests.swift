import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// Entering, leaving and the order of effects.
@Suite struct EngineStepTests {
    @Test func startEntersTheInitialStateAndSchedulesItsDeadline() throws {
        let definition = try WorkflowFixtures.definition(engineWorkflow)
        let step = Engine.start(definition, subject: "P-1", now: WorkflowFixtures.now)
        #expect(step.entered == ["idle"])
        #expect(step.instance.version == 0)
        #expect(step.instance.definitionHash == definition.hash)
        #expect(definition.currentStates(of: step.instance) == ["idle"])
        #expect(definition.context(of: step.instance).map(\.value) == [nil, nil, .int(0)])
        let due = try #require(LocalDate("2026-02-28")).startOfDay.addingTimeInterval(9.5 * 3600)
        #expect(step.effects == [.deadlineScheduled(id: "idle.remind", event: "remind", due: due)])
    }

    @Test func startEntersTheInitialChildOfACompoundState() throws {
        let definition = try WorkflowFixtures.definition(
            """
            \(WorkflowYAML.header(initial: "outer"))
              outer:
                initial: second
                states:
                  first:
                    type: final
                  second:
                    on:
                      - event: go
                        target: first
                done:
                  target: end
              end:
                type: final
            """)
        let step = Engine.start(definition, subject: "P-1", now: WorkflowFixtures.now)
        #expect(step.entered == ["outer", "second"])
        #expect(definition.activeStateIDs(of: step.instance) == ["outer", "second"])
    }

    @Test func startEntersEveryRegionOfAParallelState() throws {
        let definition = try WorkflowFixtures.definition(
            """
            \(WorkflowYAML.header(initial: "checks"))
              checks:
                type: parallel
                states:
                  clauses:
                    initial: pending
                    states:
                      pending:
                        on:
                          - event: confirm
                            target: confirmed
                      confirmed:
                        type: final
                  training:
                    states:
                      due:
                        on:
                          - event: train
                            target: trained
                      trained:
                        type: final
                    initial: due
                done:
                  target: end
              end:
                type: final
            """)
        let step = Engine.start(definition, subject: "P-1", now: WorkflowFixtures.now)
        #expect(step.entered == ["checks", "clauses", "pending", "training", "due"])
        #expect(definition.currentStates(of: step.instance) == ["pending", "due"])
    }

    @Test func transitionToANestedTargetEntersItsAncestors() throws {
        var driver = try Driver()
        let step = try driver.send("begin")
        #expect(step.exited == ["idle"])
        #expect(step.entered == ["review", "submitted"])
        #expect(driver.current == ["submitted"])
        #expect(step.transitions == [TakenTransition(event: "begin", source: "idle", target: "submitted")])
        #expect(driver.instance.version == 1)
    }

    @Test func exitEffectsInnermostFirstThenTransitionThenEntryOutermostFirst() throws {
        var driver = try Driver()
        try driver.send("begin")
        let step = try driver.send("accept")
        #expect(step.exited == ["submitted", "review"])
        #expect(step.entered == ["both", "left", "left_open", "right", "right_open"])
        #expect(
            Driver.messages(step.effects) == [
                "exit submitted", "exit review", "accept", "enter both", "enter left", "enter left_open",
            ])
        #expect(
            step.effects == [
                .notification(role: "officer", message: "exit submitted"),
                .deadlineCancelled(id: "answer"),
                .notification(role: "officer", message: "exit review"),
                .notification(role: "officer", message: "accept"),
                .fieldSet(path: "count", old: .int(0), new: .int(1)),
                .notification(role: "officer", message: "enter both"),
                .notification(role: "officer", message: "enter left"),
                .notification(role: "officer", message: "enter left_open"),
            ])
        #expect(driver.definition.context(of: driver.instance).last?.value == .int(1))
    }

    /// Caught a bug: a transition to an enclosing compound state re-entered it without leaving it.
    @Test func transitionToAnEnclosingStateLeavesAndReentersIt() throws {
        var driver = try Driver()
        try driver.send("begin")
        let step = try driver.send("restart")
        #expect(step.exited == ["submitted", "review"])
        #expect(step.entered == ["review", "draft"])
        #expect(Driver.messages(step.effects) == ["exit submitted", "exit review", "enter review"])
        #expect(driver.current == ["draft"])
    }

    @Test func internalTransitionLeavesAndEntersNothing() throws {
        var driver = try Driver()
        let before = driver.instance.configuration
        let step = try driver.send("note", data: ["note": .string("called the partner")])
        #expect(step.exited.isEmpty)
        #expect(step.entered.isEmpty)
        #expect(step.transitions == [TakenTransition(event: "note", source: "idle", target: nil)])
        #expect(driver.instance.configuration == before)
        #expect(
            step.effects == [
                .fieldSet(path: "note", old: nil, new: .string("called the partner")),
                .notification(role: "officer", message: "noted"),
            ])
    }

    @Test func parallelStateCompletesWhenEveryRegionIsFinal() throws {
        var driver = try Driver()
        try driver.send("begin")
        try driver.send("accept")
        let first = try driver.send("close_left")
        #expect(first.transitions.count == 1)
        #expect(driver.current == ["left_done", "right_open"])
        #expect(!driver.instance.isComplete)
        let second = try driver.send("close_right")
        #expect(
            second.transitions == [
                TakenTransition(event: "close_right", source: "right_open", target: "right_done"),
                TakenTransition(event: nil, source: "both", target: "finished"),
            ])
        #expect(second.exited == ["right_open", "right_done", "right", "left_done", "left", "both"])
        #expect(second.entered == ["right_done", "finished"])
        #expect(Driver.messages(second.effects) == ["both done"])
        #expect(driver.current == ["finished"])
        #expect(driver.instance.isComplete)
    }

    @Test func completedInstanceRejectsEveryEvent() throws {
        var driver = try Driver()
        try driver.send("skip", as: manager, data: ["reason": .string("emergency")])
        try driver.send("close_left")
        try driver.send("close_right")
        #expect(driver.reject("note") == .instanceComplete(finalStates: ["finished"]))
    }

    @Test func firstEnabledTransitionInDocumentOrderWins() throws {
        var driver = try Driver()
        let step = try driver.send("skip", as: manager, data: ["reason": .string("urgent")])
        #expect(step.transitions == [TakenTransition(event: "skip", source: "idle", target: "both")])
        #expect(driver.current == ["left_open", "right_open"])
        #expect(driver.definition.context(of: driver.instance).first?.value == .string("urgent"))
    }

    @Test func eventsInBothRegionsAreTakenIndependently() throws {
        var driver = try Driver()
        try driver.send("skip", as: manager, data: ["reason": .string("urgent")])
        let step = try driver.send("clear")
        #expect(step.effects == [.flagCleared(category: .compliance)])
        #expect(driver.current == ["left_open", "right_open"])
    }
}
