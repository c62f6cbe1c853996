import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// The reason an international NGO is assessed at country level: eTools' four reasons, kept in the
/// record and carried by the exported document.
@Suite struct CountryLevelReasonTests {
    @Test func theFourReasonsOfETools() throws {
        #expect(
            CountryLevelReason.names == [
                "decentralised", "sea_allegation", "global_policy_not_implemented", "high_risk_context",
            ])
        #expect(try CountryLevelReason(named: "high_risk_context") == .highRiskContext)
    }

    @Test func anUnknownReasonIsRefusedWithTheReasonsAndAHint() {
        #expect(throws: CountryLevelReasonError(name: "decentralized", suggestion: "decentralised")) {
            try CountryLevelReason(named: "decentralized")
        }
        do {
            _ = try CountryLevelReason(named: "budget")
            Issue.record("an unknown reason must be refused")
        } catch {
            #expect(
                error.explanation
                    == "\"budget\" is not a reason for assessing an international NGO at country level; use decentralised, sea_allegation, global_policy_not_implemented, high_risk_context"
            )
        }
    }

    @Test func theRecordAndItsExportCarryTheReason() throws {
        let unicef = try QuestionnaireFixtures.shipped("psea-unicef-2020")
        var record = AssessmentRecord(questionnaire: QuestionnaireReference(unicef), partner: "P-0002")
        record.countryLevelReason = .globalPolicyNotImplemented
        #expect(record.json["country_level_reason"] == .string("global_policy_not_implemented"))
        #expect(AssessmentRecord(json: record.json) == record)
        var bad = record.json.objectValue ?? [:]
        bad["country_level_reason"] = .string("budget")
        #expect(AssessmentRecord(json: .object(bad)) == nil)
        record = try record.ratedAndValid("adequate", questionnaire: unicef)
        let at = AssessmentRecord.validAt
        let export = AssessmentExport(
            assessment: "A-0003", assessingEntity: "UNICEF Kenya", partner: ["id": "P-0002"], record: record,
            exportedAt: at)
        #expect(export.json["country_level_reason"] == .string("global_policy_not_implemented"))
        let read = try AssessmentExport.read(export.json.prettyText, partner: "P-0040")
        #expect(read.record.countryLevelReason == .globalPolicyNotImplemented)
        let accepted = try read.accepted(questionnaire: unicef, today: LocalDate("2026-02-01")!)
        #expect(accepted.countryLevelReason == .globalPolicyNotImplemented)
        record.countryLevelReason = nil
        let without = AssessmentExport(
            assessment: "A-0004", assessingEntity: "UNICEF Kenya", partner: ["id": "P-0002"], record: record,
            exportedAt: at)
        #expect(without.json["country_level_reason"] == nil)
    }
}
