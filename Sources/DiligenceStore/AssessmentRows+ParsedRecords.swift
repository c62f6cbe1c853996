import DiligenceCore
import Foundation

extension AssessmentRows {
    /// The assessment record stored as `text`, parsed once per distinct text: a partner's facts
    /// read every one of its assessments before each of its events.
    static func parsedRecord(_ text: String, subject: String) throws -> AssessmentRecord {
        try parsedRecords.value(subject, text: text) { text in
            guard let json = JSONValue(text: text), let record = AssessmentRecord(json: json) else {
                throw StoreError.corrupted("the record of \(subject) cannot be read")
            }
            return record
        }
    }

    static let parsedRecords = ParsedTextCache<AssessmentRecord>()
}
