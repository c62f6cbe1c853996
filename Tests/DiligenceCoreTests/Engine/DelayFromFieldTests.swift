import DiligenceCore
import Foundation
import Testing

@Suite struct DelayFromFieldTests {
    static let yaml = """
        workflow: plan
        roles: [officer]
        fields:
          plan_period: {type: duration, derived: true}
        initial: running
        states:
          running:
            deadlines:
              - after: plan_period
                send: plan_overdue
            on:
              - event: plan_overdue
                target: overdue
                roles: [system]
          overdue:
            type: final
        """

    @Test func aDeadlineCanTakeItsDelayFromADurationField() throws {
        let (loaded, report) = WorkflowLoader.load(file: "plan.yaml", text: Self.yaml)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let definition = try #require(loaded)
        let field = try #require(definition.field("plan_period"))
        let start = try #require(midnight(2026, 1, 31))
        let twelveMonths = [
            FieldValue(
                field: FieldID(slot: field.slot, path: field.path),
                value: .duration(CalendarDuration(months: 12)))
        ]
        let step = Engine.start(definition, subject: "A-1", now: start, facts: twelveMonths)
        #expect(
            step.effects.contains(
                .deadlineScheduled(
                    id: "running.plan_overdue", event: "plan_overdue",
                    due: try #require(midnight(2027, 1, 31)))))
        let unset = Engine.start(definition, subject: "A-2", now: start)
        #expect(
            !unset.effects.contains { if case .deadlineScheduled = $0 { return true } else { return false } })
    }

    @Test func afterMustNameADurationField() throws {
        let text = Self.yaml.replacingOccurrences(
            of: "{type: duration, derived: true}", with: "{type: int, derived: true}")
        let (definition, report) = WorkflowLoader.load(file: "plan.yaml", text: text)
        #expect(definition == nil)
        let error = try #require(report.errors.first)
        #expect(error.code == .invalidValue)
        #expect(error.message.contains("\"plan_period\", which is a int and not a duration"))
        #expect(error.location.line == 9)
        #expect(error.location.column == 16)
    }

    @Test func aMisspeltFieldGetsAHint() throws {
        let text = Self.yaml.replacingOccurrences(of: "after: plan_period", with: "after: plan_perid")
        let (_, report) = WorkflowLoader.load(file: "plan.yaml", text: text)
        let error = try #require(report.errors.first)
        #expect(error.message.contains("did you mean \"plan_period\"?"))
    }
}

/// Midnight UTC of a calendar day.
private func midnight(_ year: Int, _ month: Int, _ day: Int) -> Date? {
    LocalDate(year: year, month: month, day: day)?.startOfDay
}
