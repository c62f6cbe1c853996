import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// Raising a flag, a flag's page with its history, and the decisions taken on it.
extension WebApp {
    func addFlagRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/flags/new") { request, context in
            let actor = try context.signedIn
            guard service.mayRaiseFlags(actor) else { return forbidden(context, needed: flagRaiserRoles) }
            return try await raisePage(
                context: context, form: ["partner": request.query["partner"] ?? ""])
        }
        router.post("/flags") { _, context in
            let actor = try context.signedIn
            guard service.mayRaiseFlags(actor) else { return forbidden(context, needed: flagRaiserRoles) }
            let form = context.form
            let partner = form["partner"].map { String($0.prefix(40)) } ?? ""
            let values = [
                "partner": partner, "category": form["category"] ?? "", "level": form["level"] ?? "",
                "reason": String((form.raw("reason") ?? "").prefix(5000)),
            ]
            var errors: [FieldError] = []
            if partner.isEmpty {
                errors.append(FieldError(field: "partner", message: "Enter the partner's id"))
            }
            let category = form["category"].flatMap(FlagCategory.init(rawValue:))
            if category == nil {
                errors.append(FieldError(field: "category", message: "Choose what the flag is about"))
            }
            let level = form["level"].flatMap(FlagLevel.init(rawValue:)).flatMap {
                $0 == .escalated ? nil : $0
            }
            if level == nil { errors.append(FieldError(field: "level", message: "Choose the flag's level")) }
            if (form["reason"] ?? "").isEmpty {
                errors.append(FieldError(field: "reason", message: "Enter \(FlagMessages.wording(nil))"))
            }
            guard errors.isEmpty, let category, let level else {
                return try await raisePage(context: context, form: values, errors: errors)
            }
            let id: String
            do {
                id = try await service.raiseFlag(
                    on: partner, category: category, level: level, reason: values["reason"] ?? "", by: actor)
            } catch let error as StoreError {
                if case .unknownSubject = error {
                    return try await raisePage(
                        context: context, form: values,
                        errors: [
                            FieldError(
                                field: "partner", message: "No partner you may see has the id \(partner)")
                        ])
                }
                switch FlagMessages.outcome(error, reasonField: "reason", decision: nil) {
                case .field(let fieldError)?:
                    return try await raisePage(context: context, form: values, errors: [fieldError])
                case .refusal(let title, let lines)?:
                    return try await raisePage(context: context, form: values, refusal: (title, lines))
                case nil: throw error
                }
            }
            return Response.seeOther("/flags/\(id)?raised=1")
        }
        router.get("/flags/{id}") { request, context in
            let id = try context.parameters.require("id")
            var message: String?
            if request.query["raised"] != nil { message = "The flag is raised." }
            if let decision = request.query["decided"].flatMap(FlagDecision.init(rawValue:)) {
                message = "\(FlagMessages.button(decision)): done."
            }
            return try await flagPage(id, context: context, message: message)
        }
        router.post("/flags/{id}/decisions") { _, context in
            let actor = try context.signedIn
            let id = try context.parameters.require("id")
            guard let decision = context.form["decision"].flatMap(FlagDecision.init(rawValue:)) else {
                return try await flagPage(
                    id, context: context, refusal: ("Choose what to do", []), status: .unprocessableContent)
            }
            let field = "reason-\(decision.rawValue)"
            let reason = String((context.form.raw("reason") ?? "").prefix(5000))
            do {
                try await service.decideFlag(id, decision: decision, reason: reason, by: actor)
            } catch let error as StoreError {
                if case .unknownSubject = error { return notFound(context) }
                if case .invalidInput(.flag, .wrongKind, _) = error { return notFound(context) }
                switch FlagMessages.outcome(error, reasonField: field, decision: decision) {
                case .field(let fieldError)?:
                    return try await flagPage(
                        id, context: context, errors: [fieldError], typed: (decision, reason),
                        status: .unprocessableContent)
                case .refusal(let title, let lines)?:
                    return try await flagPage(
                        id, context: context, refusal: (title, lines), status: .unprocessableContent)
                case nil: throw error
                }
            }
            if context.form["from"] == "queue" {
                return Response.seeOther("/flags/escalated?done=\(id)&decision=\(decision.rawValue)")
            }
            return Response.seeOther("/flags/\(id)?decided=\(decision.rawValue)")
        }
    }

    /// The roles that may raise flags, for the page that refuses another role.
    var flagRaiserRoles: [String] {
        service.definitions.workflow(forSubject: FlagKind.kind.subject)?.startedBy ?? []
    }

    private func raisePage(
        context: WebContext, form: [String: String], errors: [FieldError] = [],
        refusal: (title: String, lines: [String])? = nil
    ) async throws -> Response {
        let actor = try context.signedIn
        var values: [String: Any] = [
            "form": ["partner": form["partner"] ?? "", "reason": form["reason"] ?? ""],
            "categories": FlagCategory.allCases.map {
                [
                    "value": $0.rawValue, "label": RoleNames.sentence($0.rawValue),
                    "selected": $0.rawValue == form["category"],
                ]
            },
            "levels": [FlagLevel.observation, .yellow, .red].map { level in
                [
                    "radio_id": level == .observation ? "level" : "level-\(level.rawValue)",
                    "value": level.rawValue, "label": Self.levelLabel(level),
                    "checked": level.rawValue == form["level"],
                    "hint": level == .red
                        ? "Locks the partner until it is resolved. Raised by headquarters only." : false,
                ] as [String: Any]
            },
            "is_hq": service.flagReviewerRoles.contains(actor.role),
        ]
        PageRenderer.addNotices(to: &values, refusal: refusal)
        return pages.page(
            "flag-new", title: "Raise a flag", values: values, context: context, errors: errors,
            status: errors.isEmpty && refusal == nil ? .ok : .unprocessableContent,
            navigation: await navigation("flags", context))
    }

    static func levelLabel(_ level: FlagLevel) -> String {
        switch level {
        case .observation: "Observation (not risk related)"
        case .yellow: "Yellow (a risk flag)"
        case .escalated: "Escalated"
        case .red: "Red (no partnership)"
        }
    }

    func flagPage(
        _ id: String, context: WebContext, message: String? = nil, errors: [FieldError] = [],
        typed: (decision: FlagDecision, reason: String)? = nil,
        refusal: (title: String, lines: [String])? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let actor = try context.signedIn
        let detail: FlagDetail
        let decisions: (mine: [FlagDecision], others: [(decision: FlagDecision, roles: [String])])
        do {
            detail = try await service.flag(id, by: actor)
            decisions = try await service.flagDecisions(id, by: actor)
        } catch let error as StoreError {
            if case .unknownSubject = error { return notFound(context) }
            if case .invalidInput(.flag, .wrongKind, _) = error { return notFound(context) }
            throw error
        }
        let flag = detail.entry
        let text: (String) -> String = { flag.context[$0]?.stringValue ?? "" }
        var facts: [[String: String]] = [
            ["label": "Partner", "value": flag.partner, "href": "/partners/\(flag.partner)"],
            ["label": "Category", "value": RoleNames.sentence(flag.category)],
            ["label": "Level", "value": RoleNames.sentence(flag.level)],
            ["label": "Reason", "value": flag.reason],
            ["label": "Raised by", "value": FlagMessages.raisedBy(flag)],
            ["label": "Raised", "value": Dates.minute(flag.raisedAt)],
        ]
        if let inherited = flag.inheritedFrom {
            facts.append(["label": "Inherited from", "value": inherited, "href": "/partners/\(inherited)"])
        }
        for (field, label) in [
            ("note", "Latest decision"), ("justification", "Justification"), ("resolution", "Resolution"),
        ]
        where !text(field).isEmpty {
            facts.append(["label": label, "value": text(field)])
        }
        var values: [String: Any] = [
            "flag": ["id": flag.id, "partner": flag.partner], "tag": FlagMessages.tag(flag.state),
            "locks": flag.locksPartner, "facts": facts,
            "decisions": decisions.mine.map { decision in
                let field = "reason-\(decision.rawValue)"
                return [
                    "decision": decision.rawValue, "field": field,
                    "label": "Say \(FlagMessages.wording(decision))",
                    "button": FlagMessages.button(decision),
                    "value": typed?.decision == decision ? typed?.reason ?? "" : "",
                    "error": errors.first { $0.field == field }?.message ?? false,
                    "secondary": decision == .invalidate,
                ] as [String: Any]
            },
            "others": decisions.others.map { other in
                "\(FlagMessages.button(other.decision)) (\(other.roles.map(RoleNames.name).joined(separator: ", ")))"
            },
            "history": detail.history.reversed().map { event in
                [
                    "what": RoleNames.sentence(event.name), "when": Dates.minute(event.occurredAt),
                    "who": event.actor.role == "system"
                        ? "diligence (automatic)"
                        : "\(event.actor.user), \(RoleNames.name(event.actor.role))",
                    "details": Self.details(event.data),
                ]
            },
        ]
        PageRenderer.addNotices(to: &values, message: message, refusal: refusal)
        return pages.page(
            "flag", title: "Flag \(flag.id)", values: values, context: context, errors: errors,
            status: status,
            navigation: await navigation("flags", context))
    }
}
