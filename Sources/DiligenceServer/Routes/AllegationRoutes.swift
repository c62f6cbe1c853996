import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// A case's page (its restricted details opened on request, a logged read) and the steps taken
/// on it: the workflow's events, consent and assistance.
extension WebApp {
    func addAllegationRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/allegations/{id}") { request, context in
            let id = try context.parameters.require("id")
            var message: String?
            if request.query["recorded"] != nil { message = "The allegation is recorded." }
            if let event = request.query["done"] { message = "\(AllegationMessages.eventName(event)): done." }
            return try await casePage(id, context: context, message: message)
        }
        // Opening the restricted details is a read the log keeps: a form, never a link a
        // browser might fetch ahead.
        router.post("/allegations/{id}/details") { _, context in
            let id = try context.parameters.require("id")
            return try await casePage(id, context: context, restricted: true)
        }
        router.post("/allegations/{id}/events") { _, context in
            let actor = try context.signedIn
            let id = try context.parameters.require("id")
            let form = context.form
            let event = String((form["event"] ?? "").prefix(80))
            let steps: [WorkflowDefinition.AvailableEvent]
            do {
                steps = try await service.allegationSteps(id, by: actor)
            } catch {
                if let refusal = caseRefusal(error, context: context) { return refusal }
                throw error
            }
            let step = AllegationStep(event: event, form: form, steps: steps, definition: caseWorkflow)
            if !step.errors.isEmpty {
                return try await casePage(
                    id, context: context, errors: step.errors, typed: step.typed,
                    status: .unprocessableContent)
            }
            do {
                switch event {
                case AllegationKind.consentGiven.name, AllegationKind.consentWithdrawn.name:
                    guard let day = step.day else { throw HTTPError(.badRequest) }
                    try await service.recordConsent(
                        id, given: event == AllegationKind.consentGiven.name, on: day, by: actor)
                case AllegationKind.assist.name:
                    guard let entry = step.assistance else { throw HTTPError(.badRequest) }
                    try await service.recordAssistance(
                        id, entry: entry, keyFile: allegationKeyFile, by: actor)
                default:
                    try await service.send(event, to: id, data: step.data, by: actor)
                }
            } catch let error as StoreError {
                if let outcome = caseRefusal(error, context: context) { return outcome }
                let refusal: (title: String, lines: [String])
                switch error {
                case .invalidInput(.consent, _, _):
                    refusal = ("Assistance was not recorded", ["Record the victim/survivor's consent first."])
                case .invalidInput(_, _, let values):
                    refusal = (
                        "\(AllegationMessages.eventName(event)) was refused",
                        [
                            values["reason"] ?? values["problem"]
                                ?? "Check the dates: they must follow the case's own."
                        ]
                    )
                case .keyMissing, .keyUnreadable:
                    refusal = (
                        "\(AllegationMessages.eventName(event)) was refused",
                        ["The key that protects restricted details cannot be used. Tell the administrator."]
                    )
                default:
                    guard let worded = WebMessages.refusal(error) else { throw error }
                    refusal = worded
                }
                return try await casePage(
                    id, context: context, typed: step.typed, refusal: refusal, status: .unprocessableContent)
            } catch let error as AllegationInputError {
                return try await casePage(
                    id, context: context,
                    errors: [FieldError(field: "\(event)-date", message: AllegationMessages.message(error))],
                    typed: step.typed, status: .unprocessableContent)
            }
            return Response.seeOther("/allegations/\(id)?done=\(Self.encode(event))")
        }
    }

    /// The allegation workflow, for the forms of its steps.
    var caseWorkflow: WorkflowDefinition? {
        service.definitions.workflow(forSubject: AllegationKind.kind.subject)
    }

    /// The page for a case the account may not see: the same 404 as a case that does not exist
    /// for an id outside its partners; what is needed for a role that reads no case.
    func caseRefusal(_ error: any Error, context: WebContext) -> Response? {
        if let error = error as? StoreError {
            switch error {
            case .unknownSubject, .notAnAllegation, .caseOutsideAssignment, .partnerOutsideAssignment:
                return notFound(context)
            case .caseRefused(_, let readers): return forbidden(context, needed: readers)
            default: return nil
            }
        }
        if let error = error as? DiligenceError, error.code == .readsNoAllegations {
            return forbidden(context, needed: service.allegationCaseReaderRoles)
        }
        return nil
    }
}
