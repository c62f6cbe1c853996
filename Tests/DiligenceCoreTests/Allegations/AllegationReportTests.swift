import DiligenceCore
import Foundation
import Testing

/// Checking what someone types for a new allegation, before anything is written.
@Suite struct AllegationReportTests {
    static let today = LocalDate("2026-03-01")!

    func refusal(_ body: () throws(AllegationInputError) -> Void) -> AllegationInputError? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func aMinimalReportNeedsNoIdentifyingDetail() throws {
        let report = try AllegationReport(
            partner: "P-0001", received: "2026-02-01", type: "unknown", today: Self.today)
        #expect(report.record.incident == nil)
        #expect(report.record.victims.counts.isEmpty)
        #expect(report.restricted.isEmpty)
        #expect(AllegationRecord(json: report.record.json) == report.record)
    }

    @Test func everyFieldIsRead() throws {
        let report = try AllegationReport(
            partner: "P-0001", received: "2026-02-01", type: "SEXUAL_ABUSE", incident: "2026-01-30",
            channel: " hotline ", personnel: "Sub-Contractors", victims: "women=1, girls=2",
            perpetrators: "3",
            restricted: ["narrative": " text ", "victim_details": ""], today: Self.today)
        #expect(report.record.type == .sexualAbuse)
        #expect(report.record.incident == LocalDate("2026-01-30"))
        #expect(report.record.channel == "hotline")
        #expect(report.record.personnel == "sub_contractors")
        #expect(report.record.victims.counts == [.women: 1, .girls: 2])
        #expect(report.record.victims.total == 3)
        #expect(report.record.perpetrators == 3)
        #expect(report.restricted == ["narrative": "text"])
        #expect(AllegationRecord(json: report.record.json) == report.record)
    }

    @Test(arguments: [
        ("girls=-1", "the count of girls cannot be negative (-1)"),
        ("girls=two", "the count of girls must be a whole number, not \"two\""),
        ("girls", "write the counts as group=number separated by commas"),
        ("girls=1,girls=2", "girls is given twice"),
        (
            "teens=1",
            "\"teens\" is not a group of victims/survivors; use women, girls, men, boys, unknown"
        ),
        ("women=20000", "the count of women (20000) is above 10000; check it"),
    ])
    func badVictimCountsAreRefused(text: String, message: String) {
        let error = refusal { () throws(AllegationInputError) in _ = try VictimCounts(parsing: text) }
        #expect(error?.field == .victims, "\(String(describing: error))")
        #expect(error?.message.hasPrefix(message) == true, "\(String(describing: error))")
    }

    @Test func badFieldsAreRefusedByName() {
        func check(_ field: AllegationField, _ body: () throws(AllegationInputError) -> Void) {
            #expect(refusal(body)?.field == field)
        }
        check(.received) { () throws(AllegationInputError) in
            _ = try AllegationReport(partner: "P", received: "2026-03-02", type: "other", today: Self.today)
        }
        check(.received) { () throws(AllegationInputError) in
            _ = try AllegationReport(partner: "P", received: "March 1", type: "other", today: Self.today)
        }
        check(.type) { () throws(AllegationInputError) in
            _ = try AllegationReport(partner: "P", received: "2026-02-01", type: "rumour", today: Self.today)
        }
        check(.incident) { () throws(AllegationInputError) in
            _ = try AllegationReport(
                partner: "P", received: "2026-02-01", type: "other", incident: "2026-02-02", today: Self.today
            )
        }
        check(.personnel) { () throws(AllegationInputError) in
            _ = try AllegationReport(
                partner: "P", received: "2026-02-01", type: "other", personnel: "donor", today: Self.today)
        }
        check(.perpetrators) { () throws(AllegationInputError) in
            _ = try AllegationReport(
                partner: "P", received: "2026-02-01", type: "other", perpetrators: "-2", today: Self.today)
        }
        check(.channel) { () throws(AllegationInputError) in
            _ = try AllegationReport(
                partner: "P", received: "2026-02-01", type: "other", channel: "a\nb", today: Self.today)
        }
    }

    @Test func theReportDeadlineRoundsUpToWholeDays() {
        let record = AllegationRecord(partner: "P", received: LocalDate("2026-02-01")!, type: .other)
        #expect(record.reportDue(within: CalendarDuration(seconds: 86_400)) == LocalDate("2026-02-02"))
        #expect(record.reportDue(within: CalendarDuration(seconds: 36 * 3600)) == LocalDate("2026-02-03"))
        #expect(record.reportDue(within: CalendarDuration.days(3)) == LocalDate("2026-02-04"))
    }

    @Test func assistanceIsCountedByStatusInTheClear() {
        let record = AllegationRecord(partner: "P", received: LocalDate("2026-02-01")!, type: .other)
            .addingAssistance(sealed: "v1:AAAA", status: .offered)
            .addingAssistance(sealed: "v1:BBBB", status: .offered)
        #expect(record.assistanceCounts == [.offered: 2])
        #expect(record.assistance == ["v1:AAAA", "v1:BBBB"])
        let entry = AssistanceEntry(type: .legalAssistance, status: .declined, date: LocalDate("2026-02-03")!)
        #expect(AssistanceEntry(json: entry.json) == entry)
    }
}
