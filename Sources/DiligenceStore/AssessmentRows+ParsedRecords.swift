import DiligenceCore
import Foundation

extension AssessmentRows {
    /// The assessment record stored as `text`, parsed once per distinct text: a partner's facts
    /// read every one of its assessments before each of its events.
    static func parsedRecord(_ text: String, subject: String) throws -> AssessmentRecord {
        try parsedRecords.value(subject, text: text) { text in
            try RecordRow.decoded(text, subject: subject, decode: AssessmentRecord.init(json:))
        }
    }

    static let parsedRecords = ParsedTextCache<AssessmentRecord>()
}
