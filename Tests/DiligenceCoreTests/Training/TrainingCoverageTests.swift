import DiligenceCore
import Foundation
import Testing

private let today = LocalDate("2026-01-31")!

private func record(
    _ date: String, _ attendance: [PersonnelCategory: Attendance], course: String = "PSEA basics"
) -> TrainingRecord {
    TrainingRecord(
        course: course, date: LocalDate(date)!, provider: "UN online course", attendance: attendance)
}

private let personnel = [
    PersonnelGroup(category: .staff, headCount: 40, inContactWithBeneficiaries: true),
    PersonnelGroup(category: .volunteers, headCount: 20, inContactWithBeneficiaries: true),
    PersonnelGroup(category: .consultants, headCount: 10, inContactWithBeneficiaries: false),
    PersonnelGroup(category: .interns, headCount: 0, inContactWithBeneficiaries: true),
]

/// Coverage arithmetic: per category, overall, over the policy's scope, and the renewal period.
@Suite struct TrainingCoverageTests {
    @Test func perCategoryOverallAndPolicyScope() throws {
        let records = [
            record(
                "2025-06-01",
                [.staff: Attendance(unnamedCount: 30), .consultants: Attendance(unnamedCount: 5)]),
            record(
                "2025-09-01", [.volunteers: Attendance(names: ["Amina Diallo", "Jo Lee", "amina  diallo "])]),
        ]
        let coverage = TrainingCoverage(personnel: personnel, records: records, policy: .standard, on: today)
        #expect(coverage.categories.map(\.group.category) == [.staff, .consultants, .volunteers, .interns])
        #expect(coverage.category(.staff)?.share == CoverageShare(trained: 30, inScope: 40))
        #expect(coverage.category(.volunteers)?.share == CoverageShare(trained: 2, inScope: 20))
        #expect(coverage.category(.consultants)?.share == CoverageShare(trained: 5, inScope: 10))
        #expect(coverage.category(.interns)?.share.fraction == nil)
        #expect(coverage.category(.subContractors) == nil)
        #expect(coverage.overall == CoverageShare(trained: 37, inScope: 70))
        #expect(coverage.policyScope == CoverageShare(trained: 32, inScope: 60))
        #expect(coverage.category(.consultants)?.inPolicyScope == false)
        #expect(!coverage.meetsPolicy)
        #expect(coverage.category(.staff)?.share.fraction == Decimal(string: "0.75"))
        #expect(coverage.category(.staff)?.share.band == .upTo75)
    }

    @Test func namedPeopleAreCountedOnceAcrossRecords() throws {
        let records = [
            record("2025-06-01", [.volunteers: Attendance(names: ["Jo Lee"])]),
            record("2025-07-01", [.volunteers: Attendance(names: ["JO LEE", "Sam Roy"])]),
        ]
        let coverage = TrainingCoverage(personnel: personnel, records: records, policy: .standard, on: today)
        #expect(coverage.category(.volunteers)?.share.trained == 2)
    }

    @Test func unnamedCountsAreCappedByHeadCount() throws {
        let records = [
            record("2025-06-01", [.staff: Attendance(unnamedCount: 35)]),
            record(
                "2025-07-01",
                [.staff: Attendance(unnamedCount: 35), .volunteers: Attendance(unnamedCount: 25)]),
        ]
        let coverage = TrainingCoverage(personnel: personnel, records: records, policy: .standard, on: today)
        #expect(coverage.category(.staff)?.share == CoverageShare(trained: 40, inScope: 40))
        #expect(coverage.category(.volunteers)?.share.fraction == 1)
        #expect(coverage.policyScope.fraction == 1)
        #expect(coverage.meetsPolicy)
    }

    @Test func trainingsCountUntilTheirRenewalIsDue() throws {
        let policy = TrainingPolicy.standard
        #expect(policy.renewalDue(forTrainingOn: LocalDate("2025-01-31")!) == LocalDate("2026-01-31"))
        #expect(!policy.counts(trainingOn: LocalDate("2025-01-31")!, on: today))
        #expect(policy.counts(trainingOn: LocalDate("2025-02-01")!, on: today))
        #expect(policy.counts(trainingOn: today, on: today))
        #expect(!policy.counts(trainingOn: LocalDate("2026-02-01")!, on: today), "not yet held")
        let records = [
            record("2025-01-31", [.staff: Attendance(unnamedCount: 40)]),
            record("2025-02-01", [.staff: Attendance(unnamedCount: 10)]),
        ]
        let coverage = TrainingCoverage(personnel: personnel, records: records, policy: policy, on: today)
        #expect(coverage.category(.staff)?.share.trained == 10)
    }

    @Test func aShorterRenewalPeriodInDays() throws {
        var policy = TrainingPolicy.standard
        policy.renewalPeriod = .days(30)
        #expect(policy.renewalDue(forTrainingOn: LocalDate("2026-01-01")!) == LocalDate("2026-01-31"))
    }

    @Test func thresholdBelowEveryone() throws {
        var policy = TrainingPolicy.standard
        policy.coverageThreshold = Decimal(string: "0.85")!
        let records = [
            record(
                "2025-06-01",
                [.staff: Attendance(unnamedCount: 40), .volunteers: Attendance(unnamedCount: 11)])
        ]
        let atThreshold = TrainingCoverage(personnel: personnel, records: records, policy: policy, on: today)
        #expect(atThreshold.policyScope == CoverageShare(trained: 51, inScope: 60))
        #expect(atThreshold.meetsPolicy, "51/60 is exactly 0.85")
        let below = [
            record(
                "2025-06-01",
                [.staff: Attendance(unnamedCount: 40), .volunteers: Attendance(unnamedCount: 10)])
        ]
        #expect(
            !TrainingCoverage(personnel: personnel, records: below, policy: policy, on: today).meetsPolicy)
    }

    @Test func contactOnlyLeavesOutGroupsWithoutContact() throws {
        var policy = TrainingPolicy.standard
        policy.categories = [.staff, .consultants]
        let coverage = TrainingCoverage(personnel: personnel, records: [], policy: policy, on: today)
        #expect(coverage.policyScope.inScope == 40)
        policy.contactWithBeneficiariesOnly = false
        #expect(
            TrainingCoverage(personnel: personnel, records: [], policy: policy, on: today).policyScope.inScope
                == 50)
    }

    @Test func nothingRecordedDoesNotMeetThePolicy() throws {
        let coverage = TrainingCoverage(personnel: [], records: [], policy: .standard, on: today)
        #expect(coverage.overall.fraction == nil)
        #expect(!coverage.meetsPolicy)
    }

    @Test func nobodyInThePolicyScopeMeetsIt() throws {
        let office = [PersonnelGroup(category: .staff, headCount: 5, inContactWithBeneficiaries: false)]
        let coverage = TrainingCoverage(personnel: office, records: [], policy: .standard, on: today)
        #expect(coverage.policyScope.inScope == 0)
        #expect(coverage.meetsPolicy)
    }

    @Test func aShareIsNeverAboveOneHundredPercent() {
        #expect(CoverageShare(trained: 12, inScope: 10) == CoverageShare(trained: 10, inScope: 10))
        #expect(CoverageShare(trained: -3, inScope: 10).trained == 0)
    }

    @Test(arguments: [
        (0, 1000, CoverageBand.none), (4, 1000, .upTo25), (1, 4, .upTo25), (250, 1000, .upTo25),
        (254, 1000, .upTo50), (251, 1000, .upTo50), (500, 1000, .upTo50), (501, 1000, .upTo75),
        (750, 1000, .upTo75), (751, 1000, .upTo100), (1000, 1000, .upTo100), (1, 3, .upTo50),
        (2, 3, .upTo75),
    ])
    func bandEdges(trained: Int, inScope: Int, band: CoverageBand) {
        #expect(CoverageBand(trained: trained, inScope: inScope) == band)
    }

    @Test func noBandWhenNobodyIsInScope() {
        #expect(CoverageBand(trained: 0, inScope: 0) == nil)
        #expect(CoverageBand.upTo25.label == "1-25 %")
        #expect(CoverageBand.none.label == "none")
    }
}
