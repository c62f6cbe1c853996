import DiligenceCore
import DiligenceImport
import DiligenceStore
import Foundation

extension DiligenceService {
    /// Whether the account's role may import agreements (the agreement workflow's `started_by`).
    public func mayImportAgreements(_ actor: AuthenticatedActor) -> Bool {
        guard let workflow = definitions.workflow(forSubject: AgreementKind.kind.subject) else {
            return false
        }
        return workflow.startedBy?.contains(actor.role) ?? false
    }

    /// An agreement uploaded through a front end, for `partner` or as a new version of the
    /// agreement `newVersionOf`: the target is checked (a partner the account may see; an
    /// agreement of that partner), then the file (not empty, at most
    /// ``AgreementUpload/maximumBytes``, a document the import can read). A scan (a PDF without a
    /// text layer) needs OCR and is queued as a job; any other file is read and recorded now.
    /// Every refusal names its field (``DiligenceError/Field/agreementFile``, `.partner`,
    /// `.agreement`) and nothing is written.
    public func uploadAgreement(
        _ upload: AgreementUpload, partner: String?, newVersionOf agreement: String?,
        by actor: AuthenticatedActor
    ) async throws -> AgreementUploadOutcome {
        let partner = partner?.trimmingCharacters(in: .whitespaces).nilWhenEmpty
        let agreement = agreement?.trimmingCharacters(in: .whitespaces).nilWhenEmpty
        guard mayImportAgreements(actor) else {
            throw DiligenceError(
                .notAllowed, field: .actingRole,
                [
                    "role": actor.role, "act": "import_agreement",
                    "allowed": (definitions.workflow(forSubject: AgreementKind.kind.subject)?.startedBy ?? [])
                        .joined(separator: ","),
                ])
        }
        let target = try checkUploadTarget(partner: partner, agreement: agreement, by: actor)
        guard !upload.data.isEmpty else {
            throw DiligenceError(.invalidValue, field: .agreementFile, ["problem": "empty"])
        }
        guard upload.data.count <= AgreementUpload.maximumBytes else {
            throw DiligenceError(
                .invalidValue, field: .agreementFile,
                ["problem": "too-large", "maximum": String(AgreementUpload.maximumBytes)])
        }
        let name = upload.cleanName
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-upload-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try upload.data.write(to: file)
        if AgreementImporter().needsOCR(at: file) {
            var parameters = ["file": name, "partner": target.partner]
            if let agreement { parameters["agreement"] = agreement }
            return .queued(
                try store.addJob(
                    kind: JobKind.agreementImport.rawValue, account: actor.account.name, role: actor.role,
                    parameters: parameters, input: upload.data, now: clock()))
        }
        return .recorded(
            try await importUploaded(file, partner: target.partner, agreement: agreement, by: actor))
    }

    /// Imports a file already on disk for an upload or a job, words a file the import cannot read
    /// as a refusal of the upload's file.
    func importUploaded(_ file: URL, partner: String, agreement: String?, by actor: AuthenticatedActor)
        async throws -> String
    {
        do {
            return try await importAgreement(
                file: file, partner: agreement == nil ? partner : nil, newVersionOf: agreement, by: actor
            ).entry.id
        } catch let error as ImportError {
            throw DiligenceError(
                .invalidValue, field: .agreementFile,
                ["problem": "unreadable", "code": error.code.description, "reason": error.message])
        }
    }

    /// The partner an upload is for: `partner`, or the partner of `agreement` (which must be
    /// `partner`'s when both are given). Unknown or invisible records are refused by field.
    private func checkUploadTarget(partner: String?, agreement: String?, by actor: AuthenticatedActor)
        throws -> (partner: String, agreement: String?)
    {
        if let agreement {
            let entry: AgreementEntry
            do {
                try checkRecord(agreement, visibleTo: actor)
                entry = try store.agreement(agreement)
            } catch is StoreError {
                throw DiligenceError(.unknownRecord, field: .agreement, ["record": agreement])
            }
            if let partner, partner != entry.record.partner {
                throw DiligenceError(
                    .invalidValue, field: .agreement,
                    ["problem": "other-partner", "record": agreement, "partner": partner])
            }
            return (entry.record.partner, agreement)
        }
        guard let partner else { throw DiligenceError(.missingValue, field: .partner, ["what": "partner"]) }
        do {
            try checkPartner(partner, visibleTo: actor)
        } catch is StoreError {
            throw DiligenceError(.unknownPartner, field: .partner, ["partner": partner])
        }
        return (partner, nil)
    }
}

extension String {
    /// `nil` for the empty string.
    var nilWhenEmpty: String? { isEmpty ? nil : self }
}
