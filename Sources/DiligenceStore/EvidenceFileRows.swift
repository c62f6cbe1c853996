public import DiligenceCore
public import Foundation

/// The `evidence_file` table: the files a partner uploaded as evidence, kept per assessment under
/// their SHA-256. The log holds each file's name and SHA-256 (in the answer that cites it), so
/// `audit verify` proves which file was cited; the bytes themselves are not in the log.
enum EvidenceFileRows {
    static let schema = """
        CREATE TABLE evidence_file (
            assessment TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            data BLOB NOT NULL,
            uploaded_by TEXT NOT NULL,
            uploaded_at TEXT NOT NULL,
            PRIMARY KEY (assessment, sha256)
        );
        """
}

/// A file of evidence, as kept.
public struct EvidenceFile: Sendable, Hashable {
    /// The assessment it was uploaded to.
    public var assessment: String
    /// The SHA-256 of its bytes, in lower-case hexadecimal.
    public var sha256: String
    /// Its name as uploaded (cleaned).
    public var name: String
    /// Its type, found from its content (`application/pdf`, `image/png`, ...).
    public var mediaType: String
    /// Its bytes.
    public var data: Data
    /// Who uploaded it.
    public var uploadedBy: String
    /// When.
    public var uploadedAt: Date

    /// A file of evidence.
    public init(
        assessment: String, sha256: String, name: String, mediaType: String, data: Data, uploadedBy: String,
        uploadedAt: Date
    ) {
        self.assessment = assessment
        self.sha256 = sha256
        self.name = name
        self.mediaType = mediaType
        self.data = data
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }
}

extension DiligenceStore {
    /// Keeps `file` and sends the answer that cites it, in one transaction: when the answer is
    /// refused, the file is not kept either.
    public func attachEvidence(
        _ file: EvidenceFile, citedBy row: AnswerSheetRowReference, actor: Actor, definitions: DefinitionSet,
        now: Date
    ) throws(StoreError) -> SendResult {
        let now = Timestamp.truncated(now)
        let result = try transaction { db in
            try db.execute(
                """
                INSERT INTO evidence_file
                    (assessment, sha256, name, media_type, size, data, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """,
                [
                    file.assessment, file.sha256, file.name, file.mediaType, file.data.count, file.data,
                    file.uploadedBy, Timestamp.format(now),
                ])
            let record = try Self.found(
                AssessmentRows.record(file.assessment, db: db), id: file.assessment,
                otherwise: .notAnAssessment(file.assessment), definitions: definitions, db: db)
            return try assessmentStep(
                file.assessment, event: AssessmentKind.answer.name,
                change: .answer(question: row.question, answer: row.answer),
                assignments: [], record: record, actor: actor, definitions: definitions, now: now, db: db)
        }
        storedDefinitions.insert(result.definition.hash)
        return result
    }

    /// The file of evidence with this SHA-256 uploaded to `assessment`; `nil` when there is none.
    public func evidenceFile(assessment: String, sha256: String) throws(StoreError) -> EvidenceFile? {
        try read { db in
            try db.row(
                "SELECT * FROM evidence_file WHERE assessment = ? AND sha256 = ?",
                [assessment, sha256]
            ).map { row in
                EvidenceFile(
                    assessment: row["assessment"], sha256: row["sha256"], name: row["name"],
                    mediaType: row["media_type"], data: row["data"], uploadedBy: row["uploaded_by"],
                    uploadedAt: Timestamp.parse(row["uploaded_at"]) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }
}

/// The answer that cites a file: the question and the whole answer with the file's reference.
public struct AnswerSheetRowReference: Sendable {
    /// The question's id.
    public var question: String
    /// The answer, its evidence including the file.
    public var answer: Answer

    /// A citing answer.
    public init(question: String, answer: Answer) {
        self.question = question
        self.answer = answer
    }
}
