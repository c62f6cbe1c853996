import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// Why events are refused, and deadlines and flags as effects.
@Suite struct EngineRejectionTests {
    @Test func roleNotAllowedListsTheAllowedRoles() throws {
        let driver = try Driver()
        #expect(
            driver.reject("skip", as: officer, data: ["reason": .string("x")])
                == .roleNotAllowed(event: "skip", role: "officer", allowedRoles: ["manager"]))
    }

    @Test func notAcceptedListsTheAcceptedEvents() throws {
        let driver = try Driver()
        #expect(
            driver.reject("submit")
                == .notAccepted(
                    event: "submit", currentStates: ["idle"],
                    acceptedEvents: ["remind", "note", "begin", "skip"]))
    }

    @Test func unknownEventListsTheKnownEvents() throws {
        let driver = try Driver()
        let rejection = driver.reject("sumbit")
        guard case .unknownEvent(let event, let known) = rejection else {
            Issue.record("expected unknownEvent, got \(String(describing: rejection))")
            return
        }
        #expect(event == "sumbit")
        #expect(known == driver.definition.events)
        #expect(known.contains("submit"))
        #expect(rejection?.explanation.contains("did you mean \"submit\"?") == true)
    }

    @Test func missingRequiredData() throws {
        let driver = try Driver()
        #expect(driver.reject("skip", as: manager) == .missingData(event: "skip", fields: ["reason"]))
        #expect(
            driver.reject("skip", as: manager, data: ["reason": nil])
                == .missingData(event: "skip", fields: ["reason"]))
    }

    @Test func fieldTheEventDoesNotTake() throws {
        let driver = try Driver()
        #expect(
            driver.reject("note", data: ["count": .int(3)])
                == .fieldNotAccepted(event: "note", field: "count", acceptedFields: ["note"]))
    }

    @Test func rejectionChangesNothing() throws {
        var driver = try Driver()
        let before = driver.instance
        _ = driver.reject("skip", as: manager)
        #expect(driver.instance == before)
        try driver.send("begin")
        #expect(driver.instance != before)
    }

    @Test func deadlinesAreScheduledOnEntryAndCancelledOnExit() throws {
        var driver = try Driver()
        let step = try driver.send("begin")
        let due = WorkflowFixtures.now.addingTimeInterval(14 * 86_400)
        #expect(
            step.effects.filter {
                if case .notification = $0 { return false }
                return true
            } == [
                .deadlineCancelled(id: "idle.remind"),
                .deadlineScheduled(id: "answer", event: "chase", due: due),
            ])
    }

    @Test func deadlineEventIsSentByTheSystemRole() throws {
        var driver = try Driver()
        try driver.send("begin")
        #expect(
            driver.reject("chase", as: officer)
                == .roleNotAllowed(event: "chase", role: "officer", allowedRoles: ["system"]))
        let step = try driver.send("chase", as: .deadline("answer"))
        #expect(step.effects == [.flagRaised(category: .compliance, level: .yellow, reason: "no answer")])
        #expect(driver.current == ["submitted"])
    }

    @Test func deadlineDueTimeUsesCalendarMonths() throws {
        let start = try #require(LocalDate("2026-01-31")).startOfDay
        let driver = try Driver(now: start)
        let step = Engine.start(driver.definition, subject: "P-2", now: start)
        let due = try #require(LocalDate("2026-02-28")).startOfDay
        #expect(step.effects == [.deadlineScheduled(id: "idle.remind", event: "remind", due: due)])
    }

    @Test func scheduleAndCancelEffects() throws {
        var driver = try Driver(
            """
            \(WorkflowYAML.header(initial: "open"))
              open:
                on:
                  - event: remind_later
                    effects:
                      - schedule: {id: nudge, after: P1M, send: nudge}
                  - event: nudge
                  - event: forget
                    effects:
                      - cancel: nudge
                  - event: close
                    target: done
              done:
                type: final
            """)
        let scheduled = try driver.send("remind_later")
        let due = try #require(LocalDate("2026-02-28")).startOfDay.addingTimeInterval(9.5 * 3600)
        #expect(scheduled.effects == [.deadlineScheduled(id: "nudge", event: "nudge", due: due)])
        let cancelled = try driver.send("forget")
        #expect(cancelled.effects == [.deadlineCancelled(id: "nudge")])
        let closed = try driver.send("close")
        #expect(closed.effects.isEmpty)
        #expect(driver.instance.isComplete)
    }

    @Test func setEffectUnsetsWithNull() throws {
        var driver = try Driver(
            """
            workflow: w
            roles: [officer]
            fields:
              reason: {type: string, default: none given}
            initial: open
            states:
              open:
                on:
                  - event: clear
                    target: cleared
                    effects:
                      - set: {reason: null}
              cleared:
                type: final
            """)
        let step = try driver.send("clear")
        #expect(step.effects == [.fieldSet(path: "reason", old: .string("none given"), new: nil)])
        #expect(driver.instance.values == [nil])
    }
}
