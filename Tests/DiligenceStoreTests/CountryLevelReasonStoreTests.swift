import DiligenceCore
import DiligenceStore
import Foundation
import Testing

/// The reason an international NGO is assessed at country level: recorded when its assessment
/// starts, kept through the replay, exported with the determination; refused for any other partner
/// with nothing written.
@Suite struct CountryLevelReasonStoreTests {
    let definitions = AssessmentFixtures.definitions()

    @Test func anInternationalNGOsCountryLevelAssessmentRecordsWhy() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        _ = try store.registerPartner(
            name: "Global Aid", country: "CH", type: .ingo, actor: StoreFixtures.officer,
            definitions: definitions,
            now: StoreFixtures.start)
        _ = try store.registerPartner(
            name: "Global Aid Kenya", country: "KE", type: .ingo, headquarters: "P-0001",
            actor: StoreFixtures.officer,
            definitions: definitions, now: StoreFixtures.start)
        let id = try store.startAssessment(
            partner: "P-0002", questionnaire: "psea-common", countryLevelReason: .highRiskContext,
            actor: StoreFixtures.officer, definitions: definitions, now: StoreFixtures.start)
        #expect(try store.assessment(id).record.countryLevelReason == .highRiskContext)
        let report = try store.verify()
        #expect(report.problems.map(\.description) == [])
    }

    @Test func aPartnerThatIsNotAnInternationalNGOIsRefusedAndNothingIsWritten() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        _ = try store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        let events = try temporary.count("event")
        do {
            _ = try store.startAssessment(
                partner: "P-0001", questionnaire: "psea-common", countryLevelReason: .decentralised,
                actor: StoreFixtures.officer, definitions: definitions, now: StoreFixtures.start)
            Issue.record("a national NGO has no country-level reason")
        } catch {
            let input = error.input
            #expect(input?.field == .countryLevelReason && input?.problem == .wrongKind)
            #expect(input?.values == ["partner": "P-0001", "type": "ngo"])
        }
        #expect(try temporary.count("event") == events)
        #expect(try temporary.count("record") == 0)
        #expect(try store.assessments(partner: "P-0001").isEmpty)
    }
}
