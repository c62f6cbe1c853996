import Foundation
import Testing

@testable import DiligenceCore

/// A partner's facts kept as one line of text read back as they were.
@Suite struct PartnerFactValuesStoredTests {
    let now = Date(timeIntervalSince1970: 1_767_225_600)

    @Test func everyFactComesBack() throws {
        var facts = PartnerFactValues(now: now)
        facts.capacity = .lowCapacityAssumedEmergency
        facts.assessmentFinalOn = LocalDate("2025-02-03")
        facts.assessmentExpiresOn = LocalDate("2030-02-03")
        facts.planItemsOverdue = 2
        facts.planOverdue = false
        facts.assessmentsOpen = 1
        facts.mandatoryClausesMissing = 3
        facts.mandatoryClausesWaived = 0
        facts.agreementCleared = true
        facts.agreementReviewed = false
        facts.trainingCoverage = Decimal(string: "0.8125")
        facts.trainingCoverageRequired = Decimal(string: "0.9")
        facts.trainingRenewalOverdue = true
        facts.openRedFlags = 1
        facts.openAllegations = 4
        facts.substantiatedAllegationsOpen = 5
        facts.substantiatedAllegations = 6
        facts.lateAllegationReports = 7
        facts.personnelInScope = 120
        facts.personnelTrained = 98
        let read = try #require(PartnerFactValues(storedText: facts.storedText, now: now))
        #expect(read == facts)
        #expect(read.storedText == facts.storedText)
        for standing in [
            CapacityStanding.rated(.full), .rated(.none), .notAssessed, .noContactWithBeneficiaries,
        ] {
            var one = PartnerFactValues(now: now)
            one.capacity = standing
            #expect(PartnerFactValues(storedText: one.storedText, now: now)?.capacity == standing)
        }
    }

    /// The quick reading of a kept decimal gives what Foundation's would, and leaves to it what
    /// it does not read itself.
    @Test(arguments: [
        "0", "1", "0.8333", "0.5", "-2.5", "100", "0.0001", "123456789012345678", "1234567890123456789012",
        "1e3", "1.", ".5", "--1", "1.2.3", "abc",
    ])
    func aKeptDecimalReadsAsFoundationReadsIt(_ text: String) {
        #expect(PartnerFactValues.decimal(Substring(text)) == Decimal(string: text))
    }

    @Test func anEmptyDecimalIsUnset() {
        #expect(PartnerFactValues.decimal("") == nil)
    }

    @Test func unsetFactsStayUnset() {
        let empty = PartnerFactValues(now: now)
        #expect(empty.storedText == String(repeating: "|", count: 19))
        #expect(PartnerFactValues(storedText: empty.storedText, now: now) == empty)
    }

    @Test func aLineOfAnotherShapeIsNotFacts() {
        #expect(PartnerFactValues(storedText: "", now: now) == nil)
        #expect(PartnerFactValues(storedText: "full|2025-01-01", now: now) == nil)
        #expect(PartnerFactValues(storedText: String(repeating: "|", count: 20), now: now) == nil)
    }
}
