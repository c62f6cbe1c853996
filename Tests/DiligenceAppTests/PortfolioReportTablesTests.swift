import DiligenceCore
import Foundation
import Testing

@testable import DiligenceApp
@testable import DiligenceStore

/// The portfolio report's tables and lists worked out by hand from partners' risk lines: the
/// assessments expiring within 90 days (soonest first, an expired one not among them), the plans
/// overdue (most items first), the highest open flag, the training bands, and the CSVs, whose
/// cells a spreadsheet would run are neutralised.
@Suite struct PortfolioReportTablesTests {
    static let today = LocalDate(year: 2026, month: 12, day: 6)!

    static func line(
        _ id: String, name: String, country: String = "KE", type: PartnerType = .ngo,
        expires: Int? = nil, itemsOverdue: Int? = nil, flags: [FlagLevel: Int] = [:], coverage: Decimal? = nil
    ) -> PartnerRisk {
        var facts = PartnerFactValues(now: today.startOfDay)
        if let expires {
            facts.assessmentFinalOn = LocalDate(daysSinceEpoch: today.daysSinceEpoch - 300)
            facts.assessmentExpiresOn = LocalDate(daysSinceEpoch: today.daysSinceEpoch + expires)
            facts.capacity = .rated(.full)
        }
        if let itemsOverdue {
            facts.planItemsOverdue = itemsOverdue
            facts.planOverdue = itemsOverdue > 0
        }
        facts.trainingCoverage = coverage
        facts.openRedFlags = flags[.red]
        return PartnerRisk(
            partner: PartnerRecord(id: id, name: name, country: country, type: type, registeredAt: Date()),
            activeStates: nil, facts: facts, openFlags: flags, today: today)
    }

    static func report(_ lines: [PartnerRisk]) -> PortfolioReport {
        PortfolioReport(
            filter: PortfolioFilter(), today: today, lines: lines, standings: lines.map { _ in "engagement" },
            states: ["registered", "engagement"], cases: [], allegations: .hidden)
    }

    @Test func expiringAssessmentsAndOverduePlansAreListedInTheirOrder() {
        let report = Self.report([
            Self.line("P-0001", name: "Amani", expires: 90),
            Self.line("P-0002", name: "Rio", expires: 91),
            Self.line("P-0003", name: "Horizon", expires: 10, itemsOverdue: 1),
            Self.line("P-0004", name: "Expired", expires: 0),
            Self.line("P-0005", name: "Late", itemsOverdue: 4),
            Self.line("P-0006", name: "On time", itemsOverdue: 0),
        ])
        #expect(report.expiring.map(\.partner) == ["P-0003", "P-0001"])
        #expect(report.expiring.map(\.daysLeft) == [10, 90])
        #expect(report.overduePlans.map(\.partner) == ["P-0005", "P-0003"])
        #expect(report.partners == 6 && !report.showsAllegations && report.table("allegations") == nil)
        #expect(report.table("standing")?.rows.map(\.key) == ["registered", "engagement"])
        #expect(report.table("standing")?.rows.map { $0.cells[0] } == [SmallCount(0), SmallCount(6)])
    }

    @Test func theHighestOpenFlagAndTheTrainingBandCountEachPartnerOnce() {
        let report = Self.report([
            Self.line("P-0001", name: "A", flags: [.yellow: 2, .red: 1], coverage: 0.8),
            Self.line("P-0002", name: "B", flags: [.observation: 1], coverage: 0),
            Self.line("P-0003", name: "C", coverage: 0.3),
            Self.line("P-0004", name: "D"),
        ])
        let risk = report.table("risk")?.rows.map { "\($0.key)=\($0.cells[0])" }
        #expect(risk == ["red=1", "escalated=0", "yellow=0", "observation=1", "none=2"])
        let bands = report.table("training")?.rows.map { "\($0.key)=\($0.cells[0])" }
        #expect(bands == ["none=1", "1-25=0", "26-50=1", "51-75=0", "76-100=1", "not_recorded=1"])
        #expect(report.table("flags")?.totals == [SmallCount(4)])
        // Without a required share recorded, the whole scope is required: the three recorded fall short.
        #expect(report.table("country")?.rows.first?.cells == [4, 0, 1, 4, 3].map(SmallCount.init))
    }

    @Test func theListsCSVsCarryEveryRowWithFormulasNeutralised() {
        let report = Self.report([
            Self.line("P-0001", name: "=HYPERLINK(\"http://x\",\"y\")", expires: 5, itemsOverdue: 2),
            Self.line("P-0002", name: "@SUM(A1)", expires: 6, itemsOverdue: 3),
            Self.line("P-0003", name: "-2", expires: 7),
        ])
        #expect(
            report.expiringCSV.text
                == "id,name,country,type,expires_on,days_left\r\n"
                + "P-0001,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",KE,ngo,2026-12-11,5\r\n"
                + "P-0002,'@SUM(A1),KE,ngo,2026-12-12,6\r\nP-0003,-2,KE,ngo,2026-12-13,7\r\n")
        #expect(
            report.overduePlansCSV.text
                == "id,name,country,type,items_overdue\r\nP-0002,'@SUM(A1),KE,ngo,3\r\n"
                + "P-0001,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",KE,ngo,2\r\n")
    }
}
