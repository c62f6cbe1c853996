import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// An agreement's page (findings beside its text, a section at a time), the steps of its review
/// (start, clear) and what a new version changed.
extension WebApp {
    func addAgreementRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/agreements/{id}") { request, context in
            let id = try context.parameters.require("id")
            var message: String?
            if request.query["imported"] != nil {
                message = "The agreement is imported and its clauses found."
            }
            if let done = request.query["done"] { message = "\(RoleNames.sentence(done)): done." }
            return try await agreementPage(
                id, version: request.query["version"].flatMap { Int($0) },
                section: request.query["section"].flatMap { Int($0) }, context: context, message: message)
        }
        router.post("/agreements/{id}/events") { _, context in
            let actor = try context.signedIn
            let id = try context.parameters.require("id")
            let event = context.form["event"] ?? ""
            guard [AgreementKind.startReview.name, AgreementKind.clear.name].contains(event) else {
                return try await agreementPage(
                    id, context: context, refusal: ("Choose what to do", []), status: .unprocessableContent)
            }
            do {
                try await service.send(event, to: id, data: [], by: actor)
            } catch let error as StoreError {
                if case .unknownSubject = error { return notFound(context) }
                guard let refusal = WebMessages.refusal(error) else { throw error }
                return try await agreementPage(
                    id, context: context, refusal: refusal, status: .unprocessableContent)
            }
            return Response.seeOther("/agreements/\(id)?done=\(event)")
        }
        router.get("/agreements/{id}/changes") { request, context in
            let id = try context.parameters.require("id")
            guard
                let comparison = try await agreementRead({
                    try await service.agreementChanges(
                        id, version: request.query["version"].flatMap { Int($0) }, by: try context.signedIn)
                })
            else { return notFound(context) }
            return pages.page(
                "agreement-changes",
                title: "What version \(comparison.after.number) of \(id) changed",
                values: Self.changeValues(comparison), context: context,
                navigation: await navigation("partners", context))
        }
    }

    func agreementPage(
        _ id: String, version: Int? = nil, section: Int? = nil, context: WebContext, message: String? = nil,
        refusal: (title: String, lines: [String])? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard
            let page = try await agreementRead({
                try await service.agreementPage(
                    id, version: version, section: section, by: try context.signedIn)
            })
        else { return notFound(context) }
        let content: String
        if message == nil, refusal == nil {
            // The same page for the same role at the same log head is drawn once; only this
            // browser's form token is put in on each request.
            content = fragments.html("agreement-page|\(page.viewKey)") {
                var values = Self.agreementValues(page)
                values["form_token"] = FragmentCache.tokenMark
                values["form_token_field"] = FormTokens.fieldName
                return pages.fragment("agreement-content", values: values)
            }
            .replacingTokenMark(with: context.formToken)
        } else {
            var values = Self.agreementValues(page)
            values["form_token"] = context.formToken
            values["form_token_field"] = FormTokens.fieldName
            PageRenderer.addNotices(to: &values, message: message, refusal: refusal)
            content = pages.fragment("agreement-content", values: values)
        }
        return pages.page(
            "agreement", title: "Agreement \(id)", values: ["content_html": content], context: context,
            status: status, navigation: await navigation("partners", context))
    }

    /// Reads an agreement's view; `nil` when the account may see no agreement with the id, or no
    /// such version of it (the 404).
    func agreementRead<T>(_ body: () async throws -> T) async throws -> T? {
        do {
            return try await body()
        } catch let error as StoreError {
            switch error {
            case .unknownSubject, .notAnAgreement: return nil
            default: throw error
            }
        } catch let refusal as DiligenceError where refusal.field == .record {
            return nil
        }
    }

    static func agreementValues(_ page: AgreementPage) -> [String: Any] {
        let id = page.entry.id
        let version = page.isCurrent ? "" : "version=\(page.version.number)&"
        let shown = page.sections.isEmpty ? nil : page.sections[page.section]
        return [
            "page_heading": "Agreement \(id)",
            "agreement": [
                "id": id, "partner": page.entry.record.partner, "version": page.version.number,
                "versions": page.entry.record.versions.count, "file": page.version.fileName,
                "language": page.language.description == "unknown" ? "Not known" : page.language.description,
                "standing": page.standing.map(RoleNames.sentence).joined(separator: "; "),
                "imported":
                    "\(Dates.minute(Timestamp.parse(page.version.importedAt) ?? Date())) by \(page.version.importedBy)",
            ] as [String: Any],
            "is_current": page.isCurrent,
            "has_previous": page.version.number > 1,
            "locked": page.entry.partnerRedFlags.map { ["id": $0.id] },
            "findings": page.findings.map { row in
                let finding = row.finding
                return [
                    "clause": finding.clause, "title": finding.title, "mandatory": finding.mandatory,
                    "tag": AgreementMessages.tag(finding.status),
                    "missing": finding.missing.isEmpty ? false : finding.missing.joined(separator: ", "),
                    "place": AgreementMessages.place(finding),
                    "href": row.anchor.map { "/agreements/\(id)?\(version)section=\(row.section ?? 0)#\($0)" }
                        ?? false,
                    "ocr": finding.ocrConfidence.map { "Read by OCR (confidence \(Int($0)) %)" } ?? false,
                    "phrases": finding.matches.map {
                        "\u{201C}\($0.matched)\u{201D} (\($0.element), \($0.language))"
                    }
                    .joined(separator: "; "),
                    "negation": finding.negation ?? false,
                    "decision": AgreementMessages.decision(row.decision),
                    "decide": page.decides && finding.mandatory
                        ? "/agreements/\(id)/clauses/\(finding.clause)" : false,
                ] as [String: Any]
            },
            "sections": page.sections.map { link in
                [
                    "href": "/agreements/\(id)?\(version)section=\(link.index)", "title": link.title,
                    "current": link.index == page.section,
                    "clauses": link.clauses.isEmpty ? false : link.clauses.joined(separator: ", "),
                ] as [String: Any]
            },
            "section_title": shown?.title ?? false,
            "passages": page.passages.map { passage in
                [
                    "anchor": passage.anchor,
                    "pieces": passage.pieces.map {
                        ["text": $0.text, "matched": $0.matched] as [String: Any]
                    },
                    "found": passage.clauses.isEmpty ? false : passage.clauses.joined(separator: ", "),
                    "ocr": passage.ocrConfidence.map { "OCR \(Int($0)) %" } ?? false,
                    "number": passage.number ?? false,
                ] as [String: Any]
            },
            "may_start": page.isCurrent && page.allowed.contains(AgreementKind.startReview.name),
            "may_clear": page.isCurrent && page.allowed.contains(AgreementKind.clear.name),
            "may_version": page.allowed.contains(AgreementKind.importVersion.name),
            "others": page.othersAllowed.filter {
                !["withdraw", AgreementKind.importVersion.name].contains($0.event)
            }.map {
                "\(RoleNames.sentence($0.event)) (\($0.roles.map(RoleNames.name).joined(separator: ", ")))"
            },
            "unresolved": page.entry.record.mandatoryUnresolved.joined(separator: ", "),
        ]
    }

    static func changeValues(_ comparison: AgreementComparison) -> [String: Any] {
        [
            "agreement": [
                "id": comparison.agreement, "before": comparison.before.number,
                "after": comparison.after.number,
            ],
            "changes": comparison.changes.map { change in
                [
                    "clause": change.clause, "title": change.title,
                    "kind": AgreementMessages.change(change.kind),
                    "before_tag": AgreementMessages.tag(change.before.status),
                    "after_tag": AgreementMessages.tag(change.after.status),
                    "before": change.before.excerpt ?? "Not found in this version",
                    "after": change.after.excerpt ?? "Not found in this version",
                    "before_place": AgreementMessages.place(change.before),
                    "after_place": AgreementMessages.place(change.after),
                ] as [String: Any]
            },
        ]
    }
}
