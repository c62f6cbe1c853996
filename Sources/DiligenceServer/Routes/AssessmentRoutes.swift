import DiligenceApp
import DiligenceCore
import DiligenceStore
import DiligenceWebForms
import Foundation
import Hummingbird

/// An assessment's overview: the partner's task list, or the UN review beside the partner's
/// answers, the score, the plan and the events the account may send.
extension WebApp {
    func addAssessmentRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/assessments/{id}") { request, context in
            let id = try context.parameters.require("id")
            let message = request.query["done"].map { "\(RoleNames.sentence($0)): done." }
            return try await assessmentPage(id, context: context, message: message)
        }
        router.post("/assessments/{id}/events") { _, context in
            let id = try context.parameters.require("id")
            guard let event = context.form["event"], event.count <= 100 else { return notFound(context) }
            let data = Self.eventData(context.form)
            return try await assessmentChange(id, event: event, change: nil, data: data, context: context)
        }
        router.post("/assessments/{id}/ratings") { _, context in
            let id = try context.parameters.require("id")
            guard let standard = context.form["standard"], let rating = context.form["rating"] else {
                return try await assessmentPage(
                    id, context: context, refusal: ("Choose a rating", []), status: .unprocessableContent)
            }
            let note = context.form["note"].map { String($0.prefix(2000)) }
            return try await assessmentChange(
                id, event: AssessmentKind.rate.name,
                change: .rate(standard: standard, rating: rating, note: note), data: [],
                context: context)
        }
        router.post("/assessments/{id}/plan") { _, context in
            let id = try context.parameters.require("id")
            let form = context.form
            var errors: [FieldError] = []
            if form["action"] == nil {
                errors.append(FieldError(field: "action", message: "Enter the action"))
            }
            if form["owner"] == nil {
                errors.append(FieldError(field: "owner", message: "Enter who owns the action"))
            }
            let due = form["due"].flatMap { LocalDate($0) }
            if due == nil {
                errors.append(
                    FieldError(
                        field: "due", message: "Enter the due date as year-month-day, for example 2027-03-31")
                )
            }
            guard errors.isEmpty, let action = form["action"], let owner = form["owner"], let due else {
                return try await assessmentPage(
                    id, context: context, errors: errors, status: .unprocessableContent)
            }
            return try await assessmentChange(
                id, event: AssessmentKind.addPlanItem.name,
                change: .addPlanItem(
                    action: String(action.prefix(500)), owner: String(owner.prefix(200)), due: due),
                data: [], context: context)
        }
        router.post("/assessments/{id}/plan/{item}") { _, context in
            let id = try context.parameters.require("id")
            let item = try context.parameters.require("item")
            guard let evidence = context.form["evidence"] else {
                return try await assessmentPage(
                    id, context: context,
                    refusal: ("Say what was done", ["Describe the evidence that the action is done."]),
                    status: .unprocessableContent)
            }
            return try await assessmentChange(
                id, event: AssessmentKind.completePlanItem.name,
                change: .completePlanItem(
                    item: item, on: LocalDate(service.clock()), evidence: String(evidence.prefix(2000))),
                data: [], context: context)
        }
    }

    /// The data fields of an event form (`field.NAME`), trimmed and bounded.
    static func eventData(_ form: WebForm) -> [(field: String, value: String)] {
        form.fields.filter { $0.name.hasPrefix("field.") }.prefix(maximumEventFields).compactMap { field in
            let value = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty
                ? nil : (String(field.name.dropFirst("field.".count)), String(value.prefix(2000)))
        }
    }

    private func assessmentChange(
        _ id: String, event: String, change: AssessmentChange?, data: [(field: String, value: String)],
        context: WebContext
    ) async throws -> Response {
        let actor = try context.signedIn
        do {
            try await service.changeAssessment(id, event: event, change: change, data: data, by: actor)
        } catch let error as StoreError {
            if case .unknownSubject = error { return notFound(context) }
            if case .badChange(_, let problem) = error {
                return try await assessmentPage(
                    id, context: context,
                    refusal: ("\(RoleNames.sentence(event)) was refused", [problem.explanation]),
                    status: .unprocessableContent)
            }
            guard let refusal = WebMessages.refusal(error) else { throw error }
            return try await assessmentPage(
                id, context: context, refusal: refusal, status: .unprocessableContent)
        }
        return Response.seeOther("/assessments/\(id)?done=\(Self.encode(event))")
    }

    func assessmentPage(
        _ id: String, context: WebContext, message: String? = nil,
        refusal: (title: String, lines: [String])? = nil,
        errors: [FieldError] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let actor = try context.signedIn
        let page: AssessmentPage
        do {
            page = try await service.assessmentPage(id, by: actor)
        } catch let error as StoreError {
            if case .unknownSubject = error { return notFound(context) }
            if case .notAnAssessment = error { return notFound(context) }
            throw error
        }
        let questionnaire = page.questionnaire
        let canAnswer = page.may(AssessmentKind.answer.name)
        let standards: [[String: Any]] = questionnaire.standards.map { standard in
            let progress = AssessmentWords.progress(page.progress(of: standard))
            let rating = page.record.ratings[standard.id]
            // The reviewer sees what the partner was not asked, and why (no past allegations, say).
            let answers: [[String: Any]] = standard.questions.compactMap { question in
                guard page.asked.contains(question.id) else {
                    return question.shownWhen.map { condition in
                        [
                            "question": question.text,
                            "value": AssessmentWords.notAsked(condition, questionnaire: questionnaire),
                            "evidence": false, "comment": false,
                        ]
                    }
                }
                let answer = page.record.answers[question.id]
                return [
                    "question": question.text,
                    "value": AssessmentWords.value(answer, question: question, questionnaire: questionnaire),
                    "evidence": answer.map { AssessmentWords.evidence($0.evidence, standard: standard) }
                        .flatMap { $0.isEmpty ? nil : $0 } ?? false,
                    "comment": answer?.comment ?? false,
                ]
            }
            return [
                "id": page.id, "standard": standard.id, "title": standard.title, "status": progress.label,
                "status_colour": progress.colour, "answers": answers,
                "rating": AssessmentWords.rating(rating, questionnaire: questionnaire),
                "note": page.record.reviewNotes[standard.id] ?? "",
                "can_rate": page.may(AssessmentKind.rate.name),
                "levels": AssessmentWords.ratings(questionnaire).map {
                    ["value": $0.value, "label": $0.label, "selected": $0.value == rating?.name]
                        as [String: Any]
                },
            ]
        }
        let plan: [[String: Any]] = page.record.planItems.map { item in
            let overdue = item.isOpen && item.due < page.today
            return [
                "id": page.id, "item": item.id, "action": item.action, "owner": item.owner,
                "due": item.due.description,
                "done": item.completedOn?.description ?? false, "evidence": item.evidence ?? false,
                "status": overdue ? "Overdue" : "Open", "status_colour": overdue ? "red" : "blue",
                "can_complete": page.may(AssessmentKind.completePlanItem.name),
            ]
        }
        var tags: [[String: String]] = page.standing.map {
            ["label": RoleNames.sentence($0), "colour": "grey"]
        }
        if plan.contains(where: { ($0["status"] as? String) == "Overdue" }) {
            tags.append(["label": "Plan item overdue", "colour": "red"])
        }
        var values: [String: Any] = [
            "id": page.id, "partner": ["id": page.partner.id, "name": page.partner.name],
            "questionnaire": questionnaire.title, "tags": tags, "standards": standards,
            "standard_count": questionnaire.standards.count,
            "completed_count": questionnaire.standards.filter { page.progress(of: $0) == .completed }.count,
            "can_answer": canAnswer, "score": page.outcome?.explanation ?? "No score yet.",
            "show_plan": !plan.isEmpty || page.may(AssessmentKind.addPlanItem.name), "plan": plan,
            "can_add_item": page.may(AssessmentKind.addPlanItem.name),
            "form": [
                "action": context.form["action"] ?? "", "owner": context.form["owner"] ?? "",
                "due": context.form["due"] ?? "",
            ],
            "actions": EventForms.actions(page.actions, definition: page.workflow, record: page.id),
            "others": EventForms.others(page.othersActions),
        ]
        values["determinations"] = AssessmentWords.determinations(page.record)
        if let installed = page.installed {
            values["other_version"] =
                "This assessment was started on version \(page.record.questionnaire.version) of the "
                + "questionnaire, and is shown as it was answered. This installation has version "
                + "\(installed.version): the assessment can go on only where version "
                + "\(page.record.questionnaire.version) is installed."
        }
        PageRenderer.addNotices(to: &values, message: message, refusal: refusal)
        return pages.page(
            "assessment", title: "PSEA capacity assessment of \(page.partner.name)", values: values,
            context: context,
            errors: errors, status: status, navigation: await navigation("partners", context))
    }
}
