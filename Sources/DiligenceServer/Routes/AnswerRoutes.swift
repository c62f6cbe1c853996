import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// The partner's answers: a page per core standard (its questions, evidence and comment), saved
/// as they go, and the check-your-answers page that submits.
extension WebApp {
    func addAnswerRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/assessments/{id}/standards/{standard}") { request, context in
            let id = try context.parameters.require("id")
            let standard = try context.parameters.require("standard")
            // After an answer that asks a follow-up question of this standard.
            let message =
                request.query["more"] == nil ? nil : "Your answer asks more: answer the new questions below."
            return try await standardPage(id, standardID: standard, context: context, message: message)
        }
        router.post("/assessments/{id}/standards/{standard}") { _, context in
            let id = try context.parameters.require("id")
            let standard = try context.parameters.require("standard")
            return try await saveStandard(id, standardID: standard, context: context)
        }
        router.get("/assessments/{id}/check") { _, context in
            let id = try context.parameters.require("id")
            return try await checkAnswersPage(id, context: context)
        }
    }

    /// The assessment, if the account may see it and answer it now; else the page to show.
    private func answerable(_ id: String, context: WebContext) async throws -> Answerable {
        let actor = try context.signedIn
        let page: AssessmentPage
        do {
            page = try await service.assessmentPage(id, by: actor)
        } catch let error as StoreError {
            switch error {
            case .unknownSubject, .notAnAssessment: return .response(notFound(context))
            default: throw error
            }
        }
        switch page.answering {
        case .open: return .page(page)
        case .closed: return .response(Response.seeOther("/assessments/\(id)"))
        case .otherRoles(let needed): return .response(forbidden(context, needed: needed))
        }
    }

    /// An assessment the account may answer now, or the page to show instead.
    enum Answerable {
        case page(AssessmentPage)
        case response(Response)
    }

    /// A standard of an assessment the account may answer now, or the page to show instead.
    enum AnswerableStandard {
        case standard(AssessmentPage, CoreStandard)
        case response(Response)
    }

    /// The assessment `id` and its standard `standardID` when the account may answer it now; not
    /// found when the questionnaire has no such standard.
    func answerableStandard(_ id: String, standardID: String, context: WebContext) async throws
        -> AnswerableStandard
    {
        switch try await answerable(id, context: context) {
        case .response(let response): return .response(response)
        case .page(let page):
            guard let standard = page.questionnaire.standards.first(where: { $0.id == standardID }) else {
                return .response(notFound(context))
            }
            return .standard(page, standard)
        }
    }

    func standardPage(
        _ id: String, standardID: String, context: WebContext, message: String? = nil,
        errors: [FieldError] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (page, standard): (AssessmentPage, CoreStandard)
        switch try await answerableStandard(id, standardID: standardID, context: context) {
        case .standard(let found, let named): (page, standard) = (found, named)
        case .response(let response): return response
        }
        let posted = errors.isEmpty ? nil : context.form
        let errorsByField = Dictionary(
            errors.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
        let questions = standard.questions.filter { page.asked.contains($0.id) }
        let first = questions.first.flatMap { page.record.answers[$0.id] }
        let values: [String: Any] = [
            "id": page.id, "partner": ["name": page.partner.name], "standard": standard.id,
            "requirement": standard.requirement,
            "reference": standard.protocolReference.isEmpty
                ? false : "Protocol reference: \(standard.protocolReference)",
            "questions": questions.map { question -> [String: Any] in
                let field = Self.field(question)
                let current =
                    posted.map { $0.raw(field) ?? "" } ?? page.record.answers[question.id]?.value ?? ""
                var entry: [String: Any] = [
                    "field": field, "text": question.text, "required": question.isRequired, "value": current,
                    "error": errorsByField[field] ?? false, "is_date": question.answer == .date,
                ]
                if let choices = AssessmentWords.choices(question.answer, questionnaire: page.questionnaire) {
                    entry["is_choice"] = true
                    entry["choices"] = choices.map { choice in
                        [
                            "choice_id": "\(field)-\(choice.value)", "value": choice.value,
                            "label": choice.label,
                            "checked": choice.value == current,
                        ] as [String: Any]
                    }
                }
                return entry
            },
            "evidence_types": standard.evidence.map { type -> [String: Any] in
                let typed = first?.evidence.filter {
                    $0.type == type.id && $0.description?.hasPrefix("File ") != true
                }
                let chosen = posted.map { $0.all("evidence").contains(type.id) } ?? (typed?.isEmpty == false)
                let description =
                    posted.map { $0.raw("evidence.\(type.id)") ?? "" } ?? typed?.first?.description ?? ""
                return [
                    "type": type.id, "label": type.label, "checked": chosen, "description": description,
                    "requires_description": type.requiresDescription,
                    "error": errorsByField["evidence-\(type.id)-description"] ?? false,
                ]
            },
            "error_evidence": errorsByField[StandardAnswers.evidenceField(standard)] ?? false,
            "message": message ?? false,
            "error_file": errorsByField["file"] ?? false, "error_type": errorsByField["type"] ?? false,
            "files": Self.files(of: first).map { file in
                [
                    "name": file.name, "href": "/assessments/\(page.id)/evidence/\(file.sha)",
                    "sha": String(file.sha.prefix(12)),
                ]
            },
            "can_upload": first != nil, "maximum_mb": EvidenceRules.maximumBytes / 1_048_576,
            "comment": posted.map { $0.raw("comment") ?? "" } ?? first?.comment ?? "",
        ]
        return pages.page(
            "standard", title: standard.title, values: values, context: context, errors: errors,
            status: status,
            navigation: await navigation("work", context))
    }

    static func field(_ question: Question) -> String {
        "answer-" + question.id.replacingOccurrences(of: ".", with: "-")
    }

    private func saveStandard(_ id: String, standardID: String, context: WebContext) async throws -> Response
    {
        let (page, standard): (AssessmentPage, CoreStandard)
        switch try await answerableStandard(id, standardID: standardID, context: context) {
        case .standard(let found, let named): (page, standard) = (found, named)
        case .response(let response): return response
        }
        let form = context.form
        let answers = StandardAnswers(form: form, standard: standard, page: page)
        do {
            try await service.answer(id, rows: answers.rows, by: try context.signedIn)
        } catch let error as StoreError {
            guard case .badChange(_, let problem) = error else {
                guard let refusal = WebMessages.refusal(error) else { throw error }
                return try await assessmentPage(
                    id, context: context, refusal: refusal, status: .unprocessableContent)
            }
            return try await standardPage(
                id, standardID: standardID, context: context,
                errors: [StandardAnswers.error(problem, standard: standard)], status: .unprocessableContent)
        }
        if form["then"] == "later" { return Response.seeOther("/assessments/\(id)") }
        // An answer may show a follow-up question of the same standard: ask it before moving on.
        if standard.questions.contains(where: {
            answers.askedAfter.contains($0.id) && !page.asked.contains($0.id)
        }) {
            return Response.seeOther("/assessments/\(id)/standards/\(standardID)?more=1")
        }
        let after = page.questionnaire.standards.drop { $0.id != standardID }.dropFirst().first
        return Response.seeOther(
            after.map { "/assessments/\(id)/standards/\($0.id)" } ?? "/assessments/\(id)/check")
    }

    static func sentence(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private func checkAnswersPage(_ id: String, context: WebContext) async throws -> Response {
        let page: AssessmentPage
        switch try await answerable(id, context: context) {
        case .page(let found): page = found
        case .response(let response): return response
        }
        let questionnaire = page.questionnaire
        let missing = questionnaire.unansweredRequired(answers: page.record.answers).count
        let values: [String: Any] = [
            "id": page.id, "partner": ["name": page.partner.name],
            "standards": questionnaire.standards.map { standard -> [String: Any] in
                let questions = standard.questions.filter { page.asked.contains($0.id) }
                let evidence = questions.first.flatMap { page.record.answers[$0.id] }.map {
                    AssessmentWords.evidence($0.evidence, standard: standard)
                }
                return [
                    "title": standard.title,
                    "evidence": evidence.flatMap { $0.isEmpty ? nil : $0 } ?? false,
                    "answers": questions.map { question in
                        [
                            "id": page.id, "standard": standard.id, "question": question.text,
                            "value": AssessmentWords.value(
                                page.record.answers[question.id], question: question,
                                questionnaire: questionnaire),
                        ]
                    },
                    "id": page.id, "standard": standard.id,
                ]
            },
            "missing_count": missing > 0 ? String(missing) : false,
            "missing_word": missing == 1 ? "question is" : "questions are",
            "missing_pronoun": missing == 1 ? "it" : "them",
            "can_submit": missing == 0 && page.may("submit"),
        ]
        return pages.page(
            "check-answers", title: "Check your answers before you submit", values: values, context: context,
            navigation: await navigation("work", context))
    }
}
