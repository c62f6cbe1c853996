public import DiligenceCore
import Foundation

extension DiligenceStore {
    /// One assessment; `unknownSubject` with a suggestion, or `notAnAssessment` for another record.
    public func assessment(_ id: String) throws(StoreError) -> AssessmentEntry {
        let instance = try instance(id)
        let record = try read { db in try AssessmentRows.record(id, db: db) }
        guard let record else { throw .notAnAssessment(id) }
        return AssessmentEntry(id: id, record: record, instance: instance)
    }

    /// The questionnaire `entry` is pinned to: the loaded file when its hash matches, otherwise the
    /// text the database kept when the assessment started (an earlier version of the file); `nil`
    /// when neither is at hand.
    public func pinnedQuestionnaire(
        of entry: AssessmentEntry, definitions: DefinitionSet
    ) throws(StoreError) -> Questionnaire? {
        try read { db in
            try AssessmentRows.pinnedQuestionnaire(entry.record, definitions: definitions, db: db)
        }
    }

    /// Every assessment (of one partner, when `partner` is given), in id order.
    public func assessments(partner: String? = nil) throws(StoreError) -> [AssessmentEntry] {
        try read { db in
            try Self.recordRows(
                kind: AssessmentRows.kind, partner: partner, db: db, decode: AssessmentRecord.init(json:)
            ).map { AssessmentEntry(id: $0.instance.subject, record: $0.record, instance: $0.instance) }
        }
    }
}
