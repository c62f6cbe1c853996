import DiligenceCore
import Testing

/// Capacity levels, their inverse risk labels, and the statuses that are not a rating.
@Suite struct CapacityStandingTests {
    @Test func capacityAndRiskAreInverse() {
        #expect(CapacityLevel.full.risk == .low)
        #expect(CapacityLevel.medium.risk == .moderate)
        #expect(CapacityLevel.low.risk == .high)
        #expect(CapacityLevel.none.risk == .high)
        #expect(CapacityLevel.allCases.sorted() == [.none, .low, .medium, .full])
    }

    @Test func nonAssessedStatuses() throws {
        let emergency = try #require(CapacityStanding(name: "low_capacity_assumed_emergency"))
        #expect(emergency.risk == .high)
        #expect(emergency.requiresAssessment)
        let noContact = try #require(CapacityStanding(name: "no_contact_with_beneficiaries"))
        #expect(noContact.risk == nil)
        #expect(!noContact.requiresAssessment)
        let notAssessed = try #require(CapacityStanding(name: "not_assessed"))
        #expect(notAssessed.risk == nil)
        #expect(notAssessed.requiresAssessment)
        #expect(CapacityStanding(name: "medium") == .rated(.medium))
        #expect(CapacityStanding(name: "medium")?.risk == .moderate)
        #expect(CapacityStanding(name: "unknown") == nil)
        for name in CapacityStanding.statusNames + ["full", "none"] {
            #expect(CapacityStanding(name: name)?.name == name)
        }
    }
}
