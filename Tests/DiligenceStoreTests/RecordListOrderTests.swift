import DiligenceCore
import DiligenceStore
import Foundation
import Testing

@Suite struct RecordListOrderTests {
    let definitions = AssessmentFixtures.definitions()

    /// The store numbers an assessment from the count of assessment records: 9,998 placeholder
    /// rows (no instance, no link, so no list reads them) make the next two `A-9999` and
    /// `A-10000`, as they would be after years of use; the placeholders go once both are started.
    @Test func idsPastFourDigitsAreListedInNumericOrder() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        try temporary.tamper(
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9998)
            INSERT INTO record (subject, kind, value, pinned)
            SELECT 'placeholder-' || i, 'assessment', '{}', '' FROM n
            """)
        let started = try (0..<2).map { _ in
            try temporary.store.startAssessment(
                partner: "P-0001", questionnaire: "psea-common", actor: StoreFixtures.officer,
                definitions: definitions, now: StoreFixtures.start)
        }
        try temporary.tamper("DELETE FROM record WHERE subject LIKE 'placeholder-%'")
        #expect(started == ["A-9999", "A-10000"])
        #expect(try temporary.store.assessments().map(\.id) == ["A-9999", "A-10000"])
        #expect(try temporary.store.assessments(partner: "P-0001").map(\.id) == ["A-9999", "A-10000"])
    }
}
