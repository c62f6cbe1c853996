import DiligenceCore
import Foundation
import Testing

/// `on_day_after: a_date_field`: a deadline that falls due once the day a date field holds is over
/// (an allegation's report is late after `report_due_on`, whenever the case was recorded).
@Suite struct DayAfterDeadlineTests {
    static let yaml = """
        workflow: case
        roles: [officer]
        fields:
          due_on: {type: date, derived: true}
          note: {type: string}
        initial: open
        states:
          open:
            deadlines:
              - on_day_after: due_on
                send: overdue
            on:
              - event: overdue
                target: late
                roles: [system]
          late:
            type: final
        """

    func dueOn(_ definition: WorkflowDefinition, _ day: String) throws -> [FieldValue] {
        let field = try #require(definition.field("due_on"))
        return [FieldValue(field: FieldID(slot: field.slot, path: field.path), value: .date(LocalDate(day)!))]
    }

    @Test func theDeadlineFallsDueWhenTheDayIsOverEvenIfThatIsPast() throws {
        let (loaded, report) = WorkflowLoader.load(file: "case.yaml", text: Self.yaml)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let definition = try #require(loaded)
        let recorded = try #require(LocalDate("2026-11-23")?.startOfDay.addingTimeInterval(15 * 3_600))
        for (day, due) in [
            ("2026-11-21", "2026-11-22"), ("2026-11-30", "2026-12-01"), ("2026-12-31", "2027-01-01"),
        ] {
            let step = Engine.start(
                definition, subject: "G-1", now: recorded, facts: try dueOn(definition, day))
            #expect(
                step.effects.contains(
                    .deadlineScheduled(id: "open.overdue", event: "overdue", due: LocalDate(due)!.startOfDay)),
                "\(day): \(step.effects)")
        }
        let unset = Engine.start(definition, subject: "G-2", now: recorded)
        #expect(
            !unset.effects.contains { if case .deadlineScheduled = $0 { return true } else { return false } })
    }

    @Test func onDayAfterMustNameADateField() throws {
        let text = Self.yaml.replacingOccurrences(of: "on_day_after: due_on", with: "on_day_after: note")
        let (definition, report) = WorkflowLoader.load(file: "case.yaml", text: text)
        #expect(definition == nil)
        let error = try #require(report.errors.first)
        #expect(error.code == .invalidValue)
        #expect(error.message.contains("\"note\", which is a string and not a date"), "\(error.message)")
        #expect(error.location.line == 10 && error.location.column == 23, "\(error.location)")
    }

    @Test func aMisspeltDateFieldGetsAHint() throws {
        let text = Self.yaml.replacingOccurrences(of: "on_day_after: due_on", with: "on_day_after: due_onn")
        let (_, report) = WorkflowLoader.load(file: "case.yaml", text: text)
        let error = try #require(report.errors.first)
        #expect(error.code == .unknownReference)
        #expect(error.message.contains("did you mean \"due_on\"?"), "\(error.message)")
    }

    @Test func aDeadlineTakesAfterOrOnDayAfterNotBoth() throws {
        let both = Self.yaml.replacingOccurrences(
            of: "on_day_after: due_on", with: "on_day_after: due_on\n        after: 2d")
        let (bothLoaded, bothReport) = WorkflowLoader.load(file: "case.yaml", text: both)
        #expect(bothLoaded == nil)
        #expect(
            bothReport.errors.first?.message.contains("either after: (how long) or on_day_after:") == true)
        #expect(bothReport.errors.first?.location.line == 10, "\(bothReport.errors)")
        let neither = Self.yaml.replacingOccurrences(of: "on_day_after: due_on\n", with: "")
        let (neitherLoaded, neitherReport) = WorkflowLoader.load(file: "case.yaml", text: neither)
        #expect(neitherLoaded == nil)
        #expect(
            neitherReport.errors.first?.message.contains(
                "a deadline needs after: (how long) or on_day_after: (a date field)") == true,
            "\(neitherReport.errors)")
    }
}
