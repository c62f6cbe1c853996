import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// Uploading an agreement, for a partner or as a new version of one of its agreements. A scan
/// goes to a job; any other file is recorded at once.
extension WebApp {
    func addAgreementUploadRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/agreements/new") { request, context in
            let actor = try context.signedIn
            guard service.mayImportAgreements(actor) else { return forbidden(context, needed: importerRoles) }
            return try await uploadPage(
                context: context,
                form: [
                    "partner": request.query["partner"] ?? "", "agreement": request.query["agreement"] ?? "",
                ])
        }
        router.post("/agreements") { _, context in
            let actor = try context.signedIn
            guard service.mayImportAgreements(actor) else { return forbidden(context, needed: importerRoles) }
            let form = [
                "partner": String((context.form["partner"] ?? "").prefix(40)),
                "agreement": String((context.form["agreement"] ?? "").prefix(40)),
            ]
            guard let upload = context.uploads.first(where: { $0.field == "file" }), !upload.filename.isEmpty
            else {
                return try await uploadPage(
                    context: context, form: form,
                    errors: [FieldError(field: "file", message: "Choose the agreement's file to upload")])
            }
            let outcome: AgreementUploadOutcome
            do {
                outcome = try await service.uploadAgreement(
                    AgreementUpload(name: upload.filename, data: upload.data), partner: form["partner"],
                    newVersionOf: form["agreement"], by: actor)
            } catch let refusal as DiligenceError {
                guard let error = AgreementMessages.uploadError(refusal) else { throw refusal }
                return try await uploadPage(context: context, form: form, errors: [error])
            } catch let error as StoreError {
                guard let refusal = WebMessages.refusal(error) else { throw error }
                return try await uploadPage(context: context, form: form, refusal: refusal)
            }
            switch outcome {
            case .recorded(let id): return Response.seeOther("/agreements/\(id)?imported=1")
            case .queued(let job): return Response.seeOther("/jobs/\(job)")
            }
        }
    }

    /// The roles that may import agreements, for the page that refuses another role.
    var importerRoles: [String] {
        service.definitions.workflow(forSubject: AgreementKind.kind.subject)?.startedBy ?? []
    }

    private func uploadPage(
        context: WebContext, form: [String: String], errors: [FieldError] = [],
        refusal: (title: String, lines: [String])? = nil
    ) async throws -> Response {
        var values: [String: Any] = [
            "form": form, "maximum_mb": AgreementUpload.maximumBytes / 1_048_576,
            "is_version": !(form["agreement"] ?? "").isEmpty,
        ]
        PageRenderer.addNotices(to: &values, refusal: refusal)
        return pages.page(
            "agreement-new",
            title: (form["agreement"] ?? "").isEmpty ? "Upload an agreement" : "Upload a new version",
            values: values, context: context, errors: errors,
            status: errors.isEmpty && refusal == nil ? .ok : .unprocessableContent,
            navigation: await navigation("partners", context))
    }
}
