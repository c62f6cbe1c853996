import DiligenceCore
import Testing

/// A case's dates are from 1950 on: a case received on 0001-01-01 was accepted.
@Suite struct CaseDateBoundsTests {
    static let today = LocalDate("2026-03-01")!

    @Test(arguments: ["0001-01-01", "1949-12-31"])
    func datesBefore1950AreRefusedByField(_ day: String) {
        do {
            _ = try AllegationReport(partner: "P", received: day, type: "other", today: Self.today)
            Issue.record("\(day) was accepted")
        } catch {
            #expect(error.field == .received)
            #expect(error.message.contains("is before 1950-01-01"), "\(error.message)")
        }
    }

    @Test func theFirstDayOf1950IsAccepted() throws {
        let report = try AllegationReport(
            partner: "P", received: "1950-01-01", type: "other", today: Self.today)
        #expect(report.record.received == LocalDate("1950-01-01"))
    }
}
