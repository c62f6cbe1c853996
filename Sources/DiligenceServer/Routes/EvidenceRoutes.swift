import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// Files of evidence: uploaded on a standard's page, downloaded by whoever may see the assessment.
extension WebApp {
    func addEvidenceRoutes(to router: some RouterMethods<WebContext>) {
        router.post("/assessments/{id}/standards/{standard}/evidence") { _, context in
            let id = try context.parameters.require("id")
            let standard = try context.parameters.require("standard")
            guard let upload = context.uploads.first(where: { $0.field == "file" }), !upload.filename.isEmpty
            else {
                return try await standardPage(
                    id, standardID: standard, context: context,
                    errors: [FieldError(field: "file", message: "Choose a file to upload")],
                    status: .unprocessableContent)
            }
            do {
                try await service.attachEvidence(
                    EvidenceUpload(name: upload.filename, data: upload.data), to: id, standard: standard,
                    type: context.form["type"] ?? "", by: try context.signedIn)
            } catch let refusal as DiligenceError
                where refusal.field == .evidenceFile || refusal.field == .evidenceType
            {
                return try await standardPage(
                    id, standardID: standard, context: context, errors: [Self.evidenceError(refusal)],
                    status: .unprocessableContent)
            } catch let error as StoreError {
                if case .unknownSubject = error { return notFound(context) }
                guard let refusal = WebMessages.refusal(error) else { throw error }
                return try await assessmentPage(
                    id, context: context, refusal: refusal, status: .unprocessableContent)
            }
            return Response.seeOther("/assessments/\(id)/standards/\(standard)?uploaded=1")
        }
        router.get("/assessments/{id}/evidence/{sha}") { _, context in
            let id = try context.parameters.require("id")
            let sha = try context.parameters.require("sha")
            guard sha.count == 64, sha.allSatisfy(\.isHexDigit) else { return notFound(context) }
            let file: EvidenceFile?
            do {
                file = try await service.evidenceFile(sha, of: id, by: try context.signedIn)
            } catch let error as StoreError {
                if case .unknownSubject = error { return notFound(context) }
                throw error
            }
            guard let file else { return notFound(context) }
            let safeName = file.name.replacingOccurrences(of: "\"", with: "'")
            return Response(
                status: .ok,
                headers: [
                    .contentType: file.mediaType, .contentDisposition: "attachment; filename=\"\(safeName)\"",
                    .cacheControl: "private, no-store",
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
        }
    }

    static func evidenceError(_ refusal: DiligenceError) -> FieldError {
        switch (refusal.field, refusal.values["problem"]) {
        case (.evidenceType, _):
            FieldError(field: "type", message: "Choose what kind of evidence the file is")
        case (_, "empty"): FieldError(field: "file", message: "The selected file is empty")
        case (_, "too-large"):
            FieldError(
                field: "file",
                message: "The selected file must be smaller than \(EvidenceRules.maximumBytes / 1_048_576) MB"
            )
        case (_, "type"):
            FieldError(
                field: "file",
                message: "The selected file must be a PDF, a PNG or JPEG image, or a Word document")
        case (_, "answer-first"):
            FieldError(
                field: "file", message: "Answer the first question of this standard before you attach a file")
        default: FieldError(field: "file", message: "The selected file cannot be used")
        }
    }

    /// The files cited by a standard's answer: name and SHA-256, from their references.
    static func files(of answer: Answer?) -> [(name: String, sha: String)] {
        (answer?.evidence ?? []).compactMap { reference in
            guard let text = reference.description, text.hasPrefix("File "),
                let open = text.range(of: " (SHA-256 ", options: .backwards), text.hasSuffix(")")
            else { return nil }
            let sha = String(text[open.upperBound...].dropLast())
            return sha.count == 64
                ? (String(text[text.index(text.startIndex, offsetBy: 5)..<open.lowerBound]), sha) : nil
        }
    }
}
