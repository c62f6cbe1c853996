import DiligenceCore
import Foundation
import Testing

@testable import DiligenceStore

/// The report columns filled by the record kinds that contribute facts of agreements, training
/// and allegations, worked out by hand from facts set directly (the records come with their own
/// branches; the reports read only the facts).
@Suite struct PartnerRiskFactsTests {
    let now = StoreFixtures.days(100)
    let today = LocalDate(StoreFixtures.days(100))

    func partner(_ id: String, _ country: String, _ type: PartnerType) -> PartnerRecord {
        PartnerRecord(id: id, name: id, country: country, type: type, registeredAt: StoreFixtures.start)
    }

    /// P-1: agreement cleared with one waiver, 9 of 10 trained against 0.85, one open allegation.
    /// P-2: agreement missing 2 clauses, 1 of 4 trained against 1, a red flag, one substantiated case.
    /// P-3: nothing recorded.
    func lines() -> [PartnerRisk] {
        var first = PartnerFactValues(now: now)
        first.agreementCleared = true
        first.mandatoryClausesMissing = 0
        first.mandatoryClausesWaived = 1
        first.trainingCoverage = Decimal(string: "0.9")
        first.trainingCoverageRequired = Decimal(string: "0.85")
        first.personnelInScope = 10
        first.personnelTrained = 9
        first.openAllegations = 1
        var second = PartnerFactValues(now: now)
        second.agreementCleared = false
        second.agreementReviewed = true
        second.mandatoryClausesMissing = 2
        second.mandatoryClausesWaived = 0
        second.trainingCoverage = Decimal(string: "0.25")
        second.trainingCoverageRequired = 1
        second.personnelInScope = 4
        second.personnelTrained = 1
        second.openRedFlags = 1
        second.substantiatedAllegations = 1
        return [
            PartnerRisk(
                partner: partner("P-1", "KE", .ngo), activeStates: nil, facts: first, openFlags: [:],
                today: today),
            PartnerRisk(
                partner: partner("P-2", "KE", .cso), activeStates: nil, facts: second, openFlags: [.red: 1],
                today: today),
            PartnerRisk(
                partner: partner("P-3", "CO", .ngo), activeStates: nil, facts: PartnerFactValues(now: now),
                openFlags: [:], today: today),
        ]
    }

    @Test func eachLineReadsItsFacts() {
        let lines = lines()
        #expect(lines[0].trainingBand == .upTo100 && lines[0].meetsTrainingRequirement == true)
        #expect(lines[1].trainingBand == .upTo25 && lines[1].meetsTrainingRequirement == false)
        #expect(lines[2].trainingBand == nil && lines[2].meetsTrainingRequirement == nil)
        #expect(lines.map(\.openAllegations) == [1, 0, 0])
        #expect(lines.map(\.isLocked) == [false, true, false])
        #expect(lines.map(\.capacity) == [.notAssessed, .notAssessed, .notAssessed])
    }

    @Test func totalsAddTheAgreementTrainingAndAllegationColumns() {
        let report = PortfolioRisk(today: today, lines: lines())
        let all = report.overall
        #expect(all.agreementsCleared == 1 && all.agreementsNotCleared == 1)
        #expect(all.trainingMet == 1 && all.trainingShort == 1)
        #expect(all.openAllegations == 1 && all.locked == 1)
        #expect(all.openFlags == [.red: 1])
        let kenya = report.byCountry.first { $0.key == "KE" }
        #expect(kenya?.partners == 2 && kenya?.agreementsCleared == 1 && kenya?.trainingShort == 1)
        #expect(report.byType.map(\.key) == ["cso", "ngo"])
        #expect(report.byType.map(\.openAllegations) == [0, 1])
    }

    @Test func indicatorsAddPersonnelAcrossPartners() {
        var figures = PortfolioIndicators(year: nil, referenceDay: today, targets: .standard)
        for line in lines() { figures.count(line.facts) }
        #expect(figures.partners == 3)
        #expect(figures.agreements == 2 && figures.agreementsWithAllClauses == 1)
        // An agreement just imported, its clauses not yet decided, counts in neither.
        var unreviewed = PartnerFactValues(now: now)
        unreviewed.agreementCleared = false
        unreviewed.agreementReviewed = false
        figures.count(unreviewed)
        #expect(figures.agreements == 2 && figures.agreementsWithAllClauses == 1)
        // (9 + 1) of (10 + 4): 10/14, below the 85 % target.
        #expect(figures.personnelInScope == 14 && figures.personnelTrained == 10)
        #expect(figures.personnelTrainedShare == Decimal(10) / Decimal(14))
        #expect(figures.personnelTrainedOnTarget == false)
        #expect(figures.partnersWithTrainingRecorded == 2 && figures.partnersMeetingTrainingRequirement == 1)
        #expect(figures.allegations.open == 1 && figures.allegations.substantiated == 1)
        var lenient = PortfolioIndicators(
            year: nil, referenceDay: today,
            targets: IndicatorTargets(partnersAssessed: 1, personnelTrained: Decimal(string: "0.7")!))
        for line in lines() { lenient.count(line.facts) }
        #expect(lenient.personnelTrainedOnTarget == true)
    }
}
