import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// A partner's page and the events sent from it.
extension WebApp {
    /// The largest number of data fields an event form may carry.
    static let maximumEventFields = 20

    func addPartnerRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/partners/{id}") { request, context in
            let id = try context.parameters.require("id")
            let message = request.query["sent"].map { "\(RoleNames.sentence($0)): done." }
            return try await partnerPage(id, context: context, message: message)
        }
        router.post("/partners/{id}/events") { _, context in
            let actor = try context.signedIn
            let id = try context.parameters.require("id")
            guard let event = context.form["event"], event.count <= 100 else {
                return try await partnerPage(
                    id, context: context, refusal: ("Choose what to do", []), status: .unprocessableContent)
            }
            let data = context.form.fields.filter { $0.name.hasPrefix("field.") }.prefix(
                Self.maximumEventFields
            )
            .compactMap { field -> (field: String, value: String)? in
                let value = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty
                    ? nil : (String(field.name.dropFirst("field.".count)), String(value.prefix(2000)))
            }
            do {
                try await service.send(event, to: id, data: Array(data), by: actor)
            } catch let error as StoreError {
                if case .unknownSubject = error { return notFound(context) }
                guard let refusal = WebMessages.refusal(error) else { throw error }
                return try await partnerPage(
                    id, context: context, refusal: refusal, status: .unprocessableContent)
            }
            return Response.seeOther("/partners/\(id)?sent=\(Self.encode(event))")
        }
    }

    private func partnerPage(
        _ id: String, context: WebContext, message: String? = nil,
        refusal: (title: String, lines: [String])? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let actor = try context.signedIn
        let page: PartnerPage
        do {
            page = try await service.partnerPage(id, by: actor)
        } catch let error as StoreError {
            if case .unknownSubject = error { return notFound(context) }
            throw error
        }
        let now = service.clock()
        func drawn() -> [String: Any] { contentValues(page, actor: actor, now: now) }
        let content: String
        if message == nil, refusal == nil {
            // The same page for the same role is drawn once (the overdue deadlines are in the
            // key); only this browser's form token is put in on each request.
            let overdue = page.deadlines.filter { $0.dueAt < now }.count
            content = fragments.html("partner-page|\(page.viewKey)|\(overdue)") {
                var all = drawn()
                all["form_token"] = FragmentCache.tokenMark
                return pages.fragment("partner-content", values: all)
            }
            .replacingTokenMark(with: context.formToken)
        } else {
            var values = drawn()
            values["form_token"] = context.formToken
            PageRenderer.addNotices(to: &values, message: message, refusal: refusal)
            content = pages.fragment("partner-content", values: values)
        }
        return pages.page(
            "partner", title: page.summary.name, values: ["content_html": content], context: context,
            status: status, navigation: await navigation("partners", context))
    }

    /// What a partner's page shows, for `actor`'s role at `now`.
    private func contentValues(_ page: PartnerPage, actor: AuthenticatedActor, now: Date) -> [String: Any] {
        let partner = page.summary
        let definition = service.definitions.workflows[page.workflow]
        var tags: [[String: String]] = []
        if let red = partner.openFlags["red"], red > 0 {
            tags.append(["label": "Red flag", "colour": "red"])
        }
        if let yellow = partner.openFlags["yellow"], yellow > 0 {
            tags.append(["label": "Yellow flag", "colour": "yellow"])
        }
        if partner.isComplete { tags.append(["label": "Closed", "colour": "grey"]) }
        var values: [String: Any] = [
            "may_import_agreement": service.mayImportAgreements(actor),
            "partner": [
                "id": partner.id, "country": partner.country, "type": RoleNames.partnerType(partner.type),
                "standing": partner.standing.map(RoleNames.sentence).joined(separator: "; "),
                "capacity": partner.capacity.map(RoleNames.sentence) ?? "Not assessed",
                "officers": partner.officers.isEmpty
                    ? "None assigned" : partner.officers.joined(separator: ", "),
            ],
            "tags": tags, "locked": (partner.openFlags["red"] ?? 0) > 0,
            "red_flags": Self.redFlags(page.flags),
            "training_coverage": Self.trainingCoverage(page.trainingCoverage),
            "may_raise": service.mayRaiseFlags(actor),
            "diagram": definition.map { LifecycleDiagram.svg($0, standing: partner.standing) } ?? "",
            "deadlines": page.deadlines.map { deadline in
                [
                    "event": RoleNames.sentence(deadline.event), "due": Dates.minute(deadline.dueAt),
                    "overdue": deadline.dueAt < now,
                ]
                    as [String: Any]
            },
            "actions": EventForms.actions(page.actions, definition: definition, record: partner.id),
            "others": EventForms.others(page.othersActions),
            "facts": page.facts.map { fact in
                ["label": RoleNames.sentence(fact.path), "value": fact.value.map(Self.display) ?? "Not set"]
            },
            "flags": page.flags.map { flag in
                [
                    "id": flag.id, "level": flag.level, "level_label": RoleNames.sentence(flag.level),
                    "category": RoleNames.sentence(flag.category), "reason": flag.reason,
                    "raised": Dates.day(flag.raisedAt),
                ]
            },
            "assessments": page.assessments.map { line in
                [
                    "id": line.id, "standing": line.standing.map(RoleNames.sentence).joined(separator: "; "),
                    "updated": Dates.day(line.updatedAt),
                ]
            },
            "agreements": page.agreements.map { line in
                [
                    "id": line.id, "standing": line.standing.map(RoleNames.sentence).joined(separator: "; "),
                    "updated": Dates.day(line.updatedAt),
                ]
            },
            "history": page.history.prefix(200).map { event in
                [
                    "what": RoleNames.sentence(event.name), "when": Dates.minute(event.occurredAt),
                    "who": event.actor.role == "system"
                        ? "diligence (automatic)"
                        : "\(event.actor.user), \(RoleNames.name(event.actor.role))",
                    "details": Self.details(event.data),
                ]
            },
        ]
        values["heading"] = partner.name
        values["signed_in"] = ["role": RoleNames.name(actor.role)]
        values["form_token_field"] = FormTokens.fieldName
        return values
    }

    /// The partner's training coverage in one sentence.
    static func trainingCoverage(_ share: CoverageShare?) -> String {
        guard let share else { return "No personnel or training recorded yet." }
        guard let fraction = share.fraction else { return "Nobody is in the training policy's scope yet." }
        let percent = NSDecimalNumber(decimal: fraction * 100).intValue
        return
            "Coverage of the policy's scope today: \(share.trained) of \(share.inScope) trained (\(percent)%)"
            + (share.band.map { ", \(RoleNames.sentence($0.rawValue)) band." } ?? ".")
    }

    /// The open red flags that lock a partner, for links in the notice.
    static func redFlags(_ flags: [FlagEntry]) -> [[String: Any]] {
        let red = flags.filter(\.locksPartner)
        return red.enumerated().map { index, flag in ["id": flag.id, "last": index == red.count - 1] }
    }

    static func display(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): RoleNames.sentence(text)
        case .int(let number): String(number)
        case .bool(let flag): flag ? "Yes" : "No"
        case .null: "Not set"
        case .array(let items): items.map(display).joined(separator: ", ")
        default: value.canonicalText
        }
    }

    /// An event's data in one line (`reason: ...`), for the timeline: what a person gave, not
    /// the facts the engine recomputed.
    static func details(_ data: JSONValue) -> String {
        guard case .object(let fields) = data, !fields.isEmpty else { return "" }
        return fields.keys.sorted().filter { $0 != "facts" }.compactMap { key in
            switch fields[key] {
            case .string(let text)?: "\(RoleNames.sentence(key)): \(text)"
            case .int(let number)?: "\(RoleNames.sentence(key)): \(number)"
            case .bool(let flag)?: "\(RoleNames.sentence(key)): \(flag ? "yes" : "no")"
            default: nil
            }
        }.joined(separator: "; ")
    }
}
