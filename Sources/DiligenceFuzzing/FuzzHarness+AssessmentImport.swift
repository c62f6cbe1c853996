import DiligenceCore
import Foundation

extension FuzzHarness {
    /// An exported assessment (`assessment import`): read as it comes, then again with its hash
    /// recomputed, so that the fuzzer reaches the checks behind the hash, and accepted against
    /// `psea-common`.
    static let assessmentJSON = FuzzHarness(name: "assessment-json", summary: "an exported assessment (JSON)")
    {
        data in
        let text = data.fuzzText
        _ = try? AssessmentExport.read(text, partner: "P-0001")
        guard var members = (try? JSONValue.parse(text))?.objectValue else { return }
        members["hash"] = nil
        let signature = members.removeValue(forKey: "signature")
        members["hash"] = .string(ContentHash.sha256(JSONValue.object(members).canonicalText))
        members["signature"] = signature
        guard
            let export = try? AssessmentExport.read(
                JSONValue.object(members).canonicalText, partner: "P-0001"),
            let questionnaire = FuzzDefinitions.questionnaire
        else { return }
        _ = try? export.accepted(questionnaire: questionnaire, today: LocalDate(daysSinceEpoch: 20_000))
    }
}
