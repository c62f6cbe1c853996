import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The managers' risk report and the board-report indicators, checked against a portfolio whose
/// right answers are worked out by hand below.
///
/// The portfolio (day 0 is 2026-01-01):
/// - P-0001 "Amani" KE ngo, registered day 0: assessed at full capacity, confirmed day 6
///   (2026-01-07), valid for 5 years (to 2031-01-07).
/// - P-0002 "Baraka" KE cso, registered day 0: one yellow flag (day 1) and one red flag (day 2):
///   locked; never assessed.
/// - P-0003 "Cauca" CO ngo, registered day 40 (2026-02-10): recorded on day 41 as having no
///   contact with beneficiaries (no assessment required).
/// The report is taken on day 100 (2026-04-11).
@Suite struct PortfolioReportTests {
    let definitions = PortfolioFixtures.definitions()
    let reportDay = StoreFixtures.days(100)

    func portfolio() throws -> TemporaryStore {
        #expect(definitions.report.isValid, "\(definitions.report.errors)")
        let temporary = try TemporaryStore()
        let store = temporary.store
        for (name, country, type, day) in [
            ("Amani", "KE", PartnerType.ngo, 0.0), ("Baraka", "KE", .cso, 0), ("Cauca", "CO", .ngo, 40),
        ] {
            _ = try store.registerPartner(
                name: name, country: country, type: type, actor: StoreFixtures.officer,
                definitions: definitions, now: StoreFixtures.days(day))
        }
        try PortfolioFixtures.assess(
            store, partner: "P-0001", rating: "met", day: 0, definitions: definitions)
        _ = try store.raiseFlag(
            partner: "P-0002", category: .compliance, level: .yellow, reason: "Late reports.",
            actor: StoreFixtures.manager, definitions: definitions, now: StoreFixtures.days(1))
        _ = try store.raiseFlag(
            partner: "P-0002", category: .sexualExploitationAndAbuse, level: .red, reason: "Confirmed.",
            actor: Actor(user: "hq", role: "hq_reviewer"), definitions: definitions,
            now: StoreFixtures.days(2))
        _ = try store.recordCapacityStatus(
            partner: "P-0003", status: .noContactWithBeneficiaries, reason: "Runs a warehouse only.",
            questionnaire: nil, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.days(41))
        return temporary
    }

    @Test func everyPartnerHasItsLineWorkedOutByHand() throws {
        let temporary = try portfolio()
        let report = try temporary.store.portfolioRisk(now: reportDay)
        #expect(report.today == LocalDate(year: 2026, month: 4, day: 11))
        #expect(report.lines.map(\.partner.id) == ["P-0001", "P-0002", "P-0003"])
        let amani = report.lines[0]
        #expect(amani.capacity == .rated(.full))
        #expect(amani.facts.assessmentFinalOn == LocalDate(year: 2026, month: 1, day: 7))
        #expect(amani.facts.assessmentExpiresOn == LocalDate(year: 2031, month: 1, day: 7))
        // 2026-01-07 to 2026-04-11: 24 + 28 + 31 + 11 days.
        #expect(amani.assessmentAgeDays == 94)
        #expect(amani.isAssessed)
        #expect(amani.openFlags.isEmpty)
        #expect(!amani.isLocked)
        let baraka = report.lines[1]
        #expect(baraka.capacity == .notAssessed)
        #expect(baraka.assessmentAgeDays == nil)
        #expect(!baraka.isAssessed)
        #expect(baraka.openFlags == [.yellow: 1, .red: 1])
        #expect(baraka.isLocked)
        let cauca = report.lines[2]
        #expect(cauca.capacity == .noContactWithBeneficiaries)
        #expect(!cauca.isAssessed && cauca.assessmentAgeDays == nil)
        #expect(cauca.openFlags.isEmpty && !cauca.isLocked)
        // Agreements, training and allegations have no records on this branch: none and zero.
        for line in report.lines {
            #expect(line.facts.agreementCleared == nil)
            #expect(line.trainingBand == nil && line.meetsTrainingRequirement == nil)
            #expect(line.openAllegations == 0)
        }
    }

    @Test func totalsPerCountryAndPartnerType() throws {
        let temporary = try portfolio()
        let report = try temporary.store.portfolioRisk(now: reportDay)
        #expect(report.byCountry.map(\.key) == ["CO", "KE"])
        let kenya = report.byCountry[1]
        #expect(kenya.partners == 2 && kenya.assessed == 1 && kenya.locked == 1)
        #expect(kenya.openFlags == [.yellow: 1, .red: 1])
        #expect(kenya.capacity == ["full": 1, "not_assessed": 1])
        let colombia = report.byCountry[0]
        #expect(colombia.partners == 1 && colombia.assessed == 0 && colombia.locked == 0)
        #expect(colombia.capacity == ["no_contact_with_beneficiaries": 1])
        #expect(report.byType.map(\.key) == ["cso", "ngo"])
        #expect(report.byType.map(\.partners) == [1, 2])
        #expect(report.byType.map(\.assessed) == [0, 1])
        #expect(report.byType.map(\.locked) == [1, 0])
        let all = report.overall
        #expect(all.partners == 3 && all.assessed == 1 && all.locked == 1 && all.openAllegations == 0)
        // Each group's totals are its lines added one by one.
        for group in report.byCountry + report.byType + [all] {
            var added = RiskTotals(key: group.key)
            for line in report.lines
            where group.key == "all"
                || [line.partner.country, line.partner.type.rawValue].contains(group.key)
            {
                added.add(line)
            }
            #expect(group == added, "\(group.key)")
        }
    }

    @Test func filtersByCountryAndType() throws {
        let temporary = try portfolio()
        let kenya = try temporary.store.portfolioRisk(country: "KE", now: reportDay)
        #expect(kenya.lines.map(\.partner.id) == ["P-0001", "P-0002"])
        let ngos = try temporary.store.portfolioRisk(type: .ngo, now: reportDay)
        #expect(ngos.lines.map(\.partner.id) == ["P-0001", "P-0003"])
        let kenyanNGOs = try temporary.store.portfolioRisk(country: "KE", type: .ngo, now: reportDay)
        #expect(kenyanNGOs.lines.map(\.partner.id) == ["P-0001"])
        #expect(try temporary.store.portfolioRisk(country: "UG", now: reportDay).lines.isEmpty)
    }

    @Test func indicatorsAsOfTheReportDay() throws {
        let temporary = try portfolio()
        let figures = try temporary.store.portfolioIndicators(year: nil, targets: .standard, now: reportDay)
        #expect(figures.referenceDay == LocalDate(year: 2026, month: 4, day: 11))
        #expect(figures.partners == 3)
        // P-0003 needs no assessment: one of the two others is assessed.
        #expect(figures.partnersRequiringAssessment == 2)
        #expect(figures.partnersAssessed == 1)
        #expect(figures.partnersAssessedShare == Decimal(1) / Decimal(2))
        #expect(figures.partnersAssessedOnTarget == false)
        #expect(figures.capacity["full"] == 1 && figures.capacity["not_assessed"] == 1)
        #expect(figures.capacity["no_contact_with_beneficiaries"] == 1)
        #expect(figures.capacity["medium"] == 0 && figures.capacity["low"] == 0)
        #expect(figures.agreements == 0 && figures.agreementsWithAllClauses == 0)
        #expect(figures.personnelInScope == 0 && figures.personnelTrainedShare == nil)
        #expect(figures.personnelTrainedOnTarget == nil)
        #expect(figures.allegations == AllegationFigures())
    }

    @Test func theYearDecidesByRegistrationAndDeterminationDays() throws {
        let temporary = try portfolio()
        // On day 30 (2026-01-31) P-0003 is not registered yet: the 2026 population is two partners.
        let early = try temporary.store.portfolioIndicators(
            year: 2026, targets: .standard, now: StoreFixtures.days(30))
        #expect(early.referenceDay == LocalDate(year: 2026, month: 1, day: 31))
        #expect(early.partners == 2 && early.partnersRequiringAssessment == 2 && early.partnersAssessed == 1)
        #expect(early.partnersAssessedOnTarget == false)
        let lenient = IndicatorTargets(partnersAssessed: Decimal(string: "0.5")!, personnelTrained: 1)
        let met = try temporary.store.portfolioIndicators(
            year: 2026, targets: lenient, now: StoreFixtures.days(30))
        #expect(met.partnersAssessedOnTarget == true)
        // 2025 ended before any partner was registered.
        let before = try temporary.store.portfolioIndicators(year: 2025, targets: .standard, now: reportDay)
        #expect(before.referenceDay == LocalDate(year: 2025, month: 12, day: 31))
        #expect(before.partners == 0 && before.partnersAssessedShare == nil)
        #expect(before.partnersAssessedOnTarget == nil)
    }

    @Test func aPastYearCountsThePartnersRecordsAsTheyStoodAtItsEnd() throws {
        let temporary = try portfolio()
        // On 2027-01-16 (day 380) P-0002 is recorded as having no contact with beneficiaries.
        _ = try temporary.store.recordCapacityStatus(
            partner: "P-0002", status: .noContactWithBeneficiaries, reason: "Now runs a warehouse only.",
            questionnaire: nil, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.days(380))
        let later = StoreFixtures.days(400)
        // Today: two partners without contact, one needs an assessment and has it.
        let today = try temporary.store.portfolioIndicators(year: nil, targets: .standard, now: later)
        #expect(today.capacity["no_contact_with_beneficiaries"] == 2 && today.capacity["not_assessed"] == 0)
        #expect(today.partnersRequiringAssessment == 1 && today.partnersAssessed == 1)
        #expect(
            try temporary.store.portfolioIndicators(year: 2027, targets: .standard, now: later).capacity
                == today.capacity)
        // 2026, asked in 2027: at the end of 2026 P-0002 still needed an assessment it did not have.
        let past = try temporary.store.portfolioIndicators(year: 2026, targets: .standard, now: later)
        #expect(past.referenceDay == LocalDate(year: 2026, month: 12, day: 31))
        #expect(past.partners == 3)
        #expect(past.capacity["no_contact_with_beneficiaries"] == 1 && past.capacity["not_assessed"] == 1)
        #expect(past.capacity["full"] == 1)
        #expect(past.partnersRequiringAssessment == 2 && past.partnersAssessed == 1)
        #expect(past.partnersAssessedShare == Decimal(1) / Decimal(2))
        // Reading the past writes nothing.
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func aPastYearReplayStopsAtTheFirstRowDatedAfterIt() throws {
        let temporary = try portfolio()
        // A tick run ahead of the clock dates rows in 2030; a later ordinary command is dated
        // 2026 again. The log is a chain: the replay to the end of 2026 stops at the 2030 rows.
        let fired = try temporary.store.tick(now: StoreFixtures.days(1500), definitions: definitions)
        try #require(!fired.isEmpty)
        _ = try temporary.store.recordCapacityStatus(
            partner: "P-0002", status: .noContactWithBeneficiaries, reason: "Now runs a warehouse only.",
            questionnaire: nil, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.days(300))
        let past = try temporary.store.portfolioIndicators(
            year: 2026, targets: .standard, now: StoreFixtures.days(400))
        #expect(past.partners == 3)
        #expect(past.capacity["no_contact_with_beneficiaries"] == 1 && past.capacity["not_assessed"] == 1)
        // An empty log gives empty figures for a past year too.
        let empty = try TemporaryStore()
        let none = try empty.store.portfolioIndicators(year: 2025, targets: .standard, now: reportDay)
        #expect(none.partners == 0 && none.allegations == AllegationFigures())
    }

    @Test func anExpiredDeterminationNoLongerCountsAsAssessed() throws {
        let temporary = try portfolio()
        // Five years and a day after 2026-01-07 (2031-01-08 is day 1833).
        let later = StoreFixtures.days(1833)
        let line = try #require(
            try temporary.store.portfolioRisk(country: "KE", type: .ngo, now: later).lines.first)
        #expect(!line.isAssessed)
        #expect(line.assessmentAgeDays == 1827)
        let figures = try temporary.store.portfolioIndicators(year: nil, targets: .standard, now: later)
        #expect(figures.partnersAssessed == 0)
    }

    @Test func readingTheReportsWritesNothing() throws {
        let temporary = try portfolio()
        let events = try temporary.count("event")
        _ = try temporary.store.portfolioRisk(now: reportDay)
        _ = try temporary.store.portfolioIndicators(year: 2026, targets: .standard, now: reportDay)
        #expect(try temporary.count("event") == events)
        #expect(try temporary.store.verify().isIntact)
    }

    @Test func anEmptyDatabaseGivesEmptyReports() throws {
        let temporary = try TemporaryStore()
        #expect(try temporary.store.portfolioRisk(now: reportDay).lines.isEmpty)
        let figures = try temporary.store.portfolioIndicators(year: nil, targets: .standard, now: reportDay)
        #expect(figures.partners == 0 && figures.partnersAssessedShare == nil)
    }
}
