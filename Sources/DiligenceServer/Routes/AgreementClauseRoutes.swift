import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// One clause of an agreement: its finding, and the decisions the account may take on it
/// (confirm, request an amendment with a note, waive with a reason).
extension WebApp {
    func addAgreementClauseRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/agreements/{id}/clauses/{clause}") { _, context in
            try await clausePage(
                try context.parameters.require("id"), clause: try context.parameters.require("clause"),
                context: context)
        }
        router.post("/agreements/{id}/clauses/{clause}") { _, context in
            let actor = try context.signedIn
            let id = try context.parameters.require("id")
            let clause = try context.parameters.require("clause")
            let kinds: [String: ClauseDecisionKind] = [
                "confirm": .confirmed, "amend": .amendmentRequested, "waive": .waived,
            ]
            guard let decision = context.form["decision"], let kind = kinds[decision] else {
                return try await clausePage(
                    id, clause: clause, context: context, refusal: ("Choose what to do", []),
                    status: .unprocessableContent)
            }
            let text = String((context.form.raw("text") ?? "").prefix(5000))
            do {
                _ = try await service.changeAgreement(
                    id, change: .decide(clause: clause, kind: kind, text: text), by: actor)
            } catch let error as StoreError {
                switch error {
                case .unknownSubject, .notAnAgreement: return notFound(context)
                case .badAgreementChange(_, let problem):
                    return try await clausePage(
                        id, clause: clause, context: context,
                        errors: [AgreementMessages.decisionError(problem, field: "text-\(decision)")],
                        typed: (decision, text), status: .unprocessableContent)
                default:
                    guard let refusal = WebMessages.refusal(error) else { throw error }
                    return try await clausePage(
                        id, clause: clause, context: context, refusal: refusal, status: .unprocessableContent)
                }
            }
            return Response.seeOther("/agreements/\(id)?done=\(decision)")
        }
    }

    private func clausePage(
        _ id: String, clause: String, context: WebContext, errors: [FieldError] = [],
        typed: (decision: String, text: String)? = nil, refusal: (title: String, lines: [String])? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard
            let page = try await agreementRead({
                try await service.agreementPage(id, by: try context.signedIn)
            })
        else { return notFound(context) }
        guard let row = page.findings.first(where: { $0.finding.clause == clause }) else {
            return notFound(context)
        }
        let finding = row.finding
        let forms: [(String, String, String, Bool)] = [
            ("confirm", "Confirm the clause", "Note (optional when the clause was found present)", false),
            ("amend", "Request an amendment", "What the partner must change", true),
            ("waive", "Waive the clause", "Why the clause may be waived", true),
        ]
        var values: [String: Any] = [
            "agreement": ["id": id, "partner": page.entry.record.partner],
            "clause": [
                "id": finding.clause, "title": finding.title, "tag": AgreementMessages.tag(finding.status),
                "place": AgreementMessages.place(finding), "excerpt": finding.excerpt ?? false,
                "missing": finding.missing.isEmpty ? false : finding.missing.joined(separator: ", "),
                "decision": AgreementMessages.decision(row.decision),
                "href": row.anchor.map { "/agreements/\(id)?section=\(row.section ?? 0)#\($0)" } ?? false,
            ] as [String: Any],
            "forms": forms.filter { page.isCurrent && page.allowed.contains($0.0) }.map {
                event, button, label, secondary in
                let field = "text-\(event)"
                return [
                    "decision": event, "field": field, "label": label, "button": button,
                    "secondary": secondary,
                    "value": typed?.decision == event ? typed?.text ?? "" : "",
                    "error": errors.first { $0.field == field }?.message ?? false,
                ] as [String: Any]
            },
        ]
        PageRenderer.addNotices(to: &values, refusal: refusal)
        return pages.page(
            "agreement-clause", title: "\(finding.clause): \(finding.title)", values: values,
            context: context,
            errors: errors, status: status, navigation: await navigation("partners", context))
    }
}
