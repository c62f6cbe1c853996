import DiligenceCore
import Foundation

/// The rows an assessment keeps besides its instance: its record (canonical JSON, pinned to the
/// questionnaire's hash), its link to the partner and the questionnaire's source. Shared by the live
/// commands and the replay of `audit verify`, so both write exactly the same rows.
enum AssessmentRows {
    /// The `kind` of an assessment's record and instance rows.
    static let kind = AssessmentKind.kind.subject

    /// The record stored for `subject`, or `nil` when the subject has no assessment record.
    static func record(_ subject: String, db: any StoreConnection) throws -> AssessmentRecord? {
        try RecordRow.stored(subject, kind: kind, db: db, decode: AssessmentRecord.init(json:))
    }

    /// Inserts a new assessment's record and its link to the partner.
    static func insert(_ record: AssessmentRecord, subject: String, db: any StoreConnection) throws {
        try RecordRow.insert(
            subject: subject, kind: kind, value: record.json, pinned: record.questionnaire.hash,
            partner: record.partner, db: db)
        try PlanItemWatch.keep(record, subject: subject, db: db)
    }

    /// Stores a record's new value.
    static func update(_ record: AssessmentRecord, subject: String, db: any StoreConnection) throws {
        try RecordRow.update(subject: subject, value: record.json, db: db)
        try PlanItemWatch.keep(record, subject: subject, db: db)
    }

    /// Keeps the questionnaire's text, once per hash, so the audit can reload it.
    static func storeQuestionnaire(_ questionnaire: Questionnaire, at time: String, db: any StoreConnection)
        throws
    {
        try db.execute(
            """
            INSERT INTO questionnaire_definition (hash, questionnaire, version, file, source, first_used_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """,
            [
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

    /// The start event's data: the partner and the questionnaire the assessment is pinned to; for
    /// a record that does not start empty (answers copied from an earlier assessment, an
    /// assessment accepted from another entity) the whole record under `record`, and for a copy
    /// which assessment and which answers it copied under `copied_from`.
    static func startData(_ record: AssessmentRecord) -> JSONValue {
        var assessment: [String: JSONValue] = [
            "partner": .string(record.partner),
            "questionnaire": .object([
                "id": .string(record.questionnaire.id), "version": .int(record.questionnaire.version),
                "hash": .string(record.questionnaire.hash),
            ]),
        ]
        if record != AssessmentRecord(questionnaire: record.questionnaire, partner: record.partner) {
            assessment["record"] = record.json
        }
        if let source = record.copiedFrom {
            assessment["copied_from"] = .object([
                "assessment": .string(source),
                "questions": .array(record.answers.keys.sorted().map(JSONValue.string)),
            ])
        }
        return .object(["assessment": .object(assessment)])
    }

    /// The record a start event's data describes; `nil` when it describes none.
    static func record(startData data: JSONValue) -> AssessmentRecord? {
        guard let assessment = data["assessment"], let partner = assessment["partner"]?.stringValue,
            let reference = assessment["questionnaire"], let id = reference["id"]?.stringValue,
            let version = reference["version"]?.intValue, let hash = reference["hash"]?.stringValue
        else { return nil }
        if let json = assessment["record"] { return AssessmentRecord(json: json) }
        return AssessmentRecord(
            questionnaire: QuestionnaireReference(id: id, version: version, hash: hash), partner: partner)
    }
}

extension AssessmentRows {
    /// An assessment of a partner as the store reads it: its id, record and snapshot.
    typealias Linked = RecordRow.Linked<AssessmentRecord>

    /// Every assessment of `partner`, in id order.
    static func records(partner: String, db: any StoreConnection) throws -> [Linked] {
        try RecordRow.linked(kind: kind, partner: partner, db: db, decode: parsedRecord)
    }
}

extension AssessmentRows {
    /// The questionnaire `record` is pinned to: the loaded one when its hash matches, otherwise
    /// the text stored when the assessment started; `nil` when neither is available.
    static func pinnedQuestionnaire(
        _ record: AssessmentRecord, definitions: DefinitionSet, db: any StoreConnection
    ) throws -> Questionnaire? {
        if let loaded = definitions.questionnaires[record.questionnaire.id],
            loaded.hash == record.questionnaire.hash
        {
            return loaded
        }
        guard
            let row = try db.row(
                "SELECT file, source FROM questionnaire_definition WHERE hash = ?",
                [record.questionnaire.hash])
        else { return nil }
        return QuestionnaireLoader.load(file: row[0], text: row[1]).0
    }
}
