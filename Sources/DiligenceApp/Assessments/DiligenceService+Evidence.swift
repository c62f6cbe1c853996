import Crypto
import DiligenceCore
public import DiligenceStore
import Foundation

extension DiligenceService {
    /// Attaches an uploaded file as evidence of type `type` to a standard's answers: the file is
    /// checked (type from its content, size), kept under its SHA-256, and cited in the answer of
    /// the standard's first question (which must be answered first), with its name and SHA-256,
    /// in the log. Nothing is kept when anything is refused.
    @discardableResult
    public func attachEvidence(
        _ upload: EvidenceUpload, to id: String, standard standardID: String, type: String,
        by actor: AuthenticatedActor
    ) async throws -> EvidenceFile {
        let page = try await assessmentPage(id, by: actor)
        guard page.may(AssessmentKind.answer.name) else {
            throw DiligenceError(
                .notAllowed, field: .evidenceFile,
                ["role": actor.role, "act": AssessmentKind.answer.name, "allowed": "partner"])
        }
        guard let standard = page.questionnaire.standards.first(where: { $0.id == standardID }),
            let evidenceType = standard.evidence.first(where: { $0.id == type })
        else {
            throw DiligenceError(.invalidValue, field: .evidenceType, ["value": type])
        }
        guard !upload.data.isEmpty else {
            throw DiligenceError(.invalidValue, field: .evidenceFile, ["problem": "empty"])
        }
        guard upload.data.count <= EvidenceRules.maximumBytes else {
            throw DiligenceError(
                .invalidValue, field: .evidenceFile,
                ["problem": "too-large", "maximum": String(EvidenceRules.maximumBytes)])
        }
        let name = EvidenceRules.cleanName(upload.name)
        guard let mediaType = EvidenceRules.mediaType(of: upload.data) else {
            throw DiligenceError(.invalidValue, field: .evidenceFile, ["problem": "type", "name": name])
        }
        guard let question = standard.questions.first(where: { page.asked.contains($0.id) }),
            var answer = page.record.answers[question.id]
        else {
            throw DiligenceError(.missingValue, field: .evidenceFile, ["problem": "answer-first"])
        }
        let sha = SHA256.hash(data: upload.data).map { String(format: "%02x", $0) }.joined()
        let reference = EvidenceReference(type: evidenceType.id, description: "File \(name) (SHA-256 \(sha))")
        if !answer.evidence.contains(reference) { answer.evidence.append(reference) }
        let file = EvidenceFile(
            assessment: id, sha256: sha, name: name, mediaType: mediaType, data: upload.data,
            uploadedBy: actor.account.name, uploadedAt: clock())
        _ = try store.attachEvidence(
            file, citedBy: AnswerSheetRowReference(question: question.id, answer: answer), actor: actor.actor,
            definitions: definitions, now: clock())
        return file
    }

    /// A file of evidence of an assessment the account may see.
    public func evidenceFile(_ sha256: String, of id: String, by actor: AuthenticatedActor) async throws
        -> EvidenceFile?
    {
        try checkRecord(id, visibleTo: actor)
        return try store.evidenceFile(assessment: id, sha256: sha256)
    }
}
