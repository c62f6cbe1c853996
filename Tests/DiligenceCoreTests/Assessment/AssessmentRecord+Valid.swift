import DiligenceCore
import Foundation

extension AssessmentRecord {
    /// When the export tests' records become valid: 2026-01-01.
    static let validAt = Date(timeIntervalSince1970: 1_767_225_600)

    /// The record with every standard of `questionnaire` rated `rating`, then valid from
    /// ``validAt``: what the export tests export.
    func ratedAndValid(_ rating: String, questionnaire: Questionnaire) throws -> AssessmentRecord {
        var record = self
        for standard in questionnaire.standards {
            record = try record.applying(
                .rate(standard: standard.id, rating: rating, note: nil), questionnaire: questionnaire)
        }
        return record.noting(entered: ["valid"], at: Self.validAt, questionnaire: questionnaire)
    }
}
