import DiligenceCore
import DiligenceStore
import Foundation
import Testing

@Suite struct RecordListOrderTests {
    let definitions = AssessmentFixtures.definitions()

    /// The store numbers an assessment from its id counter: set to 9,998, as after years of use,
    /// it makes the next two `A-9999` and `A-10000`.
    @Test func idsPastFourDigitsAreListedInNumericOrder() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        try temporary.tamper("INSERT INTO record_sequence (prefix, last) VALUES ('A', 9998)")
        let started = try (0..<2).map { _ in
            try temporary.store.startAssessment(
                partner: "P-0001", questionnaire: "psea-common", actor: StoreFixtures.officer,
                definitions: definitions, now: StoreFixtures.start)
        }
        #expect(started == ["A-9999", "A-10000"])
        #expect(try temporary.store.assessments().map(\.id) == ["A-9999", "A-10000"])
        #expect(try temporary.store.assessments(partner: "P-0001").map(\.id) == ["A-9999", "A-10000"])
    }
}
