import DiligenceCore
import Foundation
import GRDB

/// The rows an assessment keeps besides its instance: its record (canonical JSON, pinned to the
/// questionnaire's hash), its link to the partner and the questionnaire's source. Shared by the live
/// commands and the replay of `audit verify`, so both write exactly the same rows.
enum AssessmentRows {
    /// The `kind` of an assessment's record and instance rows.
    static let kind = "assessment"

    /// The record stored for `subject`, or `nil` when the subject has no assessment record.
    static func record(_ subject: String, db: Database) throws -> AssessmentRecord? {
        guard
            let text = try String.fetchOne(
                db.cachedStatement(sql: "SELECT value FROM record WHERE subject = ? AND kind = ?"),
                arguments: [subject, kind])
        else { return nil }
        guard let json = JSONValue(text: text), let record = AssessmentRecord(json: json) else {
            throw StoreError.corrupted("the record of \(subject) cannot be read")
        }
        return record
    }

    /// Inserts a new assessment's record and its link to the partner.
    static func insert(_ record: AssessmentRecord, subject: String, db: Database) throws {
        try db.execute(
            sql: "INSERT INTO record (subject, kind, value, pinned) VALUES (?, ?, ?, ?)",
            arguments: [subject, kind, record.json.canonicalText, record.questionnaire.hash])
        try db.execute(
            sql: "INSERT INTO link (subject, role, target) VALUES (?, 'partner', ?)",
            arguments: [subject, record.partner])
    }

    /// Stores a record's new value.
    static func update(_ record: AssessmentRecord, subject: String, db: Database) throws {
        try db.cachedStatement(sql: "UPDATE record SET value = ? WHERE subject = ?").execute(
            arguments: [record.json.canonicalText, subject])
        guard db.changesCount == 1 else { throw StoreError.corrupted("the record of \(subject) is missing") }
    }

    /// Keeps the questionnaire's text, once per hash, so the audit can reload it.
    static func storeQuestionnaire(_ questionnaire: Questionnaire, at time: String, db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO questionnaire_definition (hash, questionnaire, version, file, source, first_used_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                questionnaire.hash, questionnaire.id, questionnaire.version, questionnaire.file,
                questionnaire.source, time,
            ])
    }

    /// The facts of the assessment workflow's derived fields for `record` on the day of `now`.
    static func facts(
        _ record: AssessmentRecord, questionnaire: Questionnaire, workflow: WorkflowDefinition, now: Date
    ) -> [FieldValue] {
        workflow.derivedValues(record.facts(questionnaire: questionnaire, today: LocalDate(now)))
    }

    /// The start event's data: the partner and the questionnaire the assessment is pinned to.
    static func startData(_ record: AssessmentRecord) -> JSONValue {
        .object([
            "assessment": .object([
                "partner": .string(record.partner),
                "questionnaire": .object([
                    "id": .string(record.questionnaire.id), "version": .int(record.questionnaire.version),
                    "hash": .string(record.questionnaire.hash),
                ]),
            ])
        ])
    }

    /// The empty record a start event's data describes; `nil` when it describes none.
    static func record(startData data: JSONValue) -> AssessmentRecord? {
        guard let assessment = data["assessment"], let partner = assessment["partner"]?.stringValue,
            let reference = assessment["questionnaire"], let id = reference["id"]?.stringValue,
            let version = reference["version"]?.intValue, let hash = reference["hash"]?.stringValue
        else { return nil }
        return AssessmentRecord(
            questionnaire: QuestionnaireReference(id: id, version: version, hash: hash), partner: partner)
    }
}
