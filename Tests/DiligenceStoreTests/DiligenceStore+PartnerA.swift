import DiligenceCore
import DiligenceStore
import Foundation

/// The first steps most store tests take: partner A registered, its assessment started.
extension DiligenceStore {
    /// Registers partner A (P-0001, a Kenyan NGO) as the programme officer on `StoreFixtures.start`.
    func registerPartnerA(_ definitions: DefinitionSet) throws(StoreError) {
        _ = try registerPartner(
            name: "A", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
    }

    /// Sends `start_assessment` to P-0001 as the programme officer at `now`.
    @discardableResult
    func startAssessmentOfA(_ definitions: DefinitionSet, now: Date) throws(StoreError) -> SendResult {
        try send(
            subject: "P-0001", event: "start_assessment", assignments: [], actor: StoreFixtures.officer,
            definitions: definitions, now: now)
    }
}
