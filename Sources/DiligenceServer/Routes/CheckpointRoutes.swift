import DiligenceApp
import DiligenceCore
import Foundation
import Hummingbird

/// The administrator's checkpoints on the "Verify the log" page: download one signed now, or
/// upload one kept earlier to prove the log still extends it.
extension WebApp {
    /// The installation's signing key file: the configuration's, else beside the database.
    var signingKeyFile: SigningKeyFile {
        settings.signingKeyFile.map(SigningKeyFile.init(path:))
            ?? SigningKeyFile.beside(database: settings.database)
    }

    func addCheckpointRoutes(to router: some RouterMethods<WebContext>) {
        router.post("/admin/audit/checkpoint") { _, context in
            let actor = try context.signedIn
            guard service.managesAccounts(actor) else { return forbidden(context, needed: ["administrator"]) }
            let checkpoint: LogCheckpoint
            do {
                checkpoint = try await service.checkpoint(signingKeyFile, by: actor)
            } catch let error as SigningError {
                return await auditPage(
                    context, refusal: CheckpointMessages.text(error), status: .unprocessableContent)
            }
            let name = "checkpoint-\(checkpoint.seq).json"
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/json; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store",
                ],
                body: .init(byteBuffer: ByteBuffer(string: checkpoint.json.prettyText + "\n")))
        }
        router.post("/admin/audit/verify-checkpoint") { _, context in
            let actor = try context.signedIn
            guard service.managesAccounts(actor) else { return forbidden(context, needed: ["administrator"]) }
            guard let upload = context.uploads.first(where: { $0.field == "checkpoint" }),
                !upload.filename.isEmpty
            else {
                return await auditPage(
                    context, errors: [FieldError(field: "checkpoint", message: "Choose a checkpoint file")],
                    status: .unprocessableContent)
            }
            do {
                let verified = try await service.verifyCheckpoint(upload.data)
                return await auditPage(context, checkpoint: verified)
            } catch let error as SigningError {
                return await auditPage(
                    context,
                    errors: [FieldError(field: "checkpoint", message: CheckpointMessages.text(error))],
                    status: .unprocessableContent)
            }
        }
    }

    /// The "Verify the log" page, with a checkpoint's result or what is wrong.
    func auditPage(
        _ context: WebContext, checkpoint: CheckpointVerification? = nil, refusal: String? = nil,
        errors: [FieldError] = [], status: HTTPResponse.Status = .ok
    ) async -> Response {
        var values: [String: Any] = [:]
        if let checkpoint {
            let signed = checkpoint.checkpoint
            let retired = checkpoint.key.status == .retired ? " (a key since retired)" : ""
            values["result"] =
                [
                    "intact": checkpoint.report.isIntact,
                    "text": checkpoint.report.isIntact
                        ? "The log extends the checkpoint of \(Dates.minute(signed.signedAt)): event \(signed.seq) is still there with the hash it signed, with key \(signed.keyID)\(retired), and \(checkpoint.logSeq - signed.seq) events were added since. The whole log is intact."
                        : "The log still holds event \(signed.seq) as the checkpoint signed it, but it is not intact: \(checkpoint.report.problems.first?.description ?? "")"
                        ,
                ] as [String: Any]
        }
        if let refusal {
            values["refusal"] = ["title": "No checkpoint was made", "lines": [refusal]] as [String: Any]
        }
        return pages.page(
            "audit", title: "Verify the log", values: values, context: context, errors: errors,
            status: status,
            navigation: await navigation("admin", context))
    }
}

/// The browser's wording of a checkpoint refused or a key that cannot sign.
enum CheckpointMessages {
    static func text(_ error: SigningError) -> String {
        switch error {
        case .keyFileUnusable(_, let reason):
            "The installation's signing key file cannot be used: \(reason). Ask the person who runs the server."
        case .keyFileRetired:
            "The installation's signing key file holds a retired key. Ask the person who runs the server to restore the current one."
        case .checkpointMalformed(let line, let column, let what):
            "This is not a checkpoint diligence wrote: at line \(line), column \(column), \(what)."
        case .notACheckpoint(let why):
            "This is not a checkpoint diligence wrote: \(why)."
        case .checkpointMember(let member, let expected):
            "This checkpoint's \"\(member)\" is missing or is not \(expected)."
        case .checkpointKeyUnknown(let id):
            "This checkpoint is signed by the key \(id), which this installation never had: it was not made here."
        case .checkpointKeyForeign(let id):
            "This checkpoint is signed by the key \(id) of another installation; a checkpoint vouches only for the log of the installation that signed it."
        case .checkpointSignatureInvalid:
            "This checkpoint was changed after it was signed: its signature does not match its content."
        case .logCutBack(let checkpointSeq, let logSeq, let signedAt):
            "The log was cut back: the checkpoint of \(signedAt) vouches for \(checkpointSeq) events, but the log has \(logSeq). Events were removed after it was signed."
        case .logRewritten(let seq, let signedAt):
            "The log was rewritten: event \(seq) is not the one the checkpoint of \(signedAt) vouches for. Events were removed or replaced after it was signed."
        default:
            "This checkpoint cannot be checked (\(error))."
        }
    }
}
