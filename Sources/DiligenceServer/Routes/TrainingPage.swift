import DiligenceApp
import DiligenceCore
import DiligenceStore
import DiligenceWebForms
import Foundation
import Hummingbird

/// The training page of a partner, drawn for an account that may see the partner (404 for any
/// other): its forms only for the roles that record training, the confirmation only for the
/// roles the partner's lifecycle lets confirm it.
extension WebApp {
    func trainingPage(
        _ id: String, context: WebContext, message: String? = nil, errors: [FieldError] = [],
        typed: WebForm = WebForm(), rowErrors: [AttendanceRowError] = [],
        refusal: (title: String, lines: [String])? = nil
    ) async throws -> Response {
        let actor = try context.signedIn
        let page: PartnerPage
        let training: (id: String, record: PartnerTraining)?
        do {
            page = try await service.partnerPage(id, by: actor)
            training = try await service.training(partner: id, by: actor)
        } catch let error as StoreError {
            if case .unknownSubject = error { return notFound(context) }
            throw error
        }
        let today = LocalDate(service.clock())
        let policy = training?.record.policy ?? service.definitions.trainingPolicy ?? .standard
        let record = training?.record ?? PartnerTraining(partner: id, policy: policy)
        let confirm = page.actions.contains { $0.event == "confirm_training" }
        let confirmOthers = page.othersActions.first { $0.event == "confirm_training" }
        var values: [String: Any] = [
            "partner": ["id": id, "name": page.summary.name],
            "record_id": training?.id ?? false,
            "coverage": TrainingValues.coverage(record.coverage(on: today), policy: policy),
            "has_personnel": !record.personnel.isEmpty,
            "sessions": TrainingValues.sessions(record, today: today),
            "policy_text": TrainingValues.policyText(policy),
            "today": today.description,
            "may_record": service.mayRecordTraining(actor),
            "may_confirm": confirm,
            "confirm_others": confirmOthers.map { $0.roles.map(RoleNames.name).joined(separator: ", ") }
                ?? false,
            "categories": PersonnelCategory.allCases.map { category in
                [
                    "value": category.rawValue, "label": RoleNames.sentence(category.rawValue),
                    "selected": typed["category"] == category.rawValue,
                    "session_selected": typed["session-category"] == category.rawValue,
                ] as [String: Any]
            },
            "typed": [
                "head_count": typed["head-count"] ?? "", "contact_yes": typed["contact"] == "yes",
                "contact_no": typed["contact"] == "no", "course": typed["course"] ?? "",
                "date": typed["date"] ?? "",
                "provider": typed["provider"] ?? "", "people": typed["people"] ?? "",
            ] as [String: Any],
            "row_errors": TrainingValues.rowErrors(rowErrors),
            "columns": AttendanceSheet.columns.joined(separator: ", "),
        ]
        PageRenderer.addNotices(to: &values, message: message, refusal: refusal)
        return pages.page(
            "training", title: "Training", values: values, context: context, errors: errors,
            status: errors.isEmpty && refusal == nil ? .ok : .unprocessableContent,
            navigation: await navigation("partners", context))
    }
}
