import DiligenceApp
import DiligenceCore
import DiligenceStore
import DiligenceWebForms
import Foundation
import Hummingbird

/// The flags list (filters in the URL) and the headquarters queue of escalated flags.
extension WebApp {
    static let flagFilterNames = ["partner", "level", "category", "open", "origin", "mine"]
    /// The most flags one page lists.
    static let flagListLimit = 200

    func addFlagListRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/flags") { request, context in
            let actor = try context.signedIn
            let params = request.query
            let query = Self.flagQuery(params)
            var errors: [FieldError] = []
            var (total, flags) = (0, [FlagEntry]())
            do {
                (total, flags) = try await service.flags(query, first: Self.flagListLimit, by: actor)
            } catch let error as StoreError {
                guard case .unknownSubject = error else { throw error }
                errors.append(
                    FieldError(
                        field: "partner", message: "No partner you may see has the id \(query.partner ?? "")")
                )
            }
            var values = flagListValues(flags, total: total, query: query, params: params)
            values["may_raise"] = service.mayRaiseFlags(actor)
            values["may_review"] = service.flagReviewerRoles.contains(actor.role)
            return pages.page(
                "flags", title: "Flags", values: values, context: context, errors: errors,
                navigation: await navigation("flags", context))
        }
        router.get("/flags/escalated") { request, context in
            let actor = try context.signedIn
            let flags: [FlagEntry]
            do {
                flags = try await service.escalatedFlags(by: actor)
            } catch let error as DiligenceError where error.code == .notAllowed {
                return forbidden(context, needed: service.flagReviewerRoles)
            }
            var values: [String: Any] = ["flags": flags.map(Self.flagRow)]
            if let done = request.query["done"], let decision = request.query["decision"] {
                values["message"] = "\(done): \(RoleNames.sentence(decision).lowercased()), done."
            }
            return pages.page(
                "flags-escalated", title: "Escalated flags", values: values, context: context,
                navigation: await navigation("queue", context))
        }
    }

    static func flagQuery(_ params: WebForm) -> FlagQuery {
        FlagQuery(
            partner: params["partner"].map { String($0.prefix(40)) },
            level: params["level"].flatMap(FlagLevel.init(rawValue:)),
            category: params["category"].flatMap(FlagCategory.init(rawValue:)),
            openOnly: params["open"] == "yes",
            origin: params["origin"].flatMap(FlagQuery.Origin.init(rawValue:)),
            onlyMine: params["mine"] == "yes")
    }

    static func flagRow(_ flag: FlagEntry) -> [String: Any] {
        [
            "id": flag.id, "partner": flag.partner, "tag": FlagMessages.tag(flag.state),
            "level": RoleNames.sentence(flag.level), "category": RoleNames.sentence(flag.category),
            "reason": flag.reason.count > 160 ? String(flag.reason.prefix(160)) + "…" : flag.reason,
            "raised_by": FlagMessages.raisedBy(flag), "raised": Dates.day(flag.raisedAt),
            "updated": Dates.day(flag.updatedAt),
            "note": flag.context[FlagKind.note.name]?.stringValue ?? false,
        ]
    }

    /// The values of the flags list: the first flags (`shown`) of `total`.
    private func flagListValues(_ shown: [FlagEntry], total: Int, query: FlagQuery, params: WebForm)
        -> [String: Any]
    {
        let filters = Self.flagFilterNames.compactMap { name in params[name].map { (name, $0) } }
        func link(without name: String) -> String {
            let text = filters.filter { $0.0 != name }.map { "\($0.0)=\(Self.encode($0.1))" }
                .joined(separator: "&")
            return "/flags" + (text.isEmpty ? "" : "?" + text)
        }
        let labels = [
            "partner": "Partner", "level": "Level", "category": "Category", "open": "Open only",
            "origin": "Raised by", "mine": "Only mine",
        ]
        return [
            "query": ["partner": params["partner"] ?? "", "open": query.openOnly, "mine": query.onlyMine],
            "levels": FlagLevel.allCases.map {
                [
                    "value": $0.rawValue, "label": RoleNames.sentence($0.rawValue),
                    "selected": $0 == query.level,
                ]
            },
            "categories": FlagCategory.allCases.map {
                [
                    "value": $0.rawValue, "label": RoleNames.sentence($0.rawValue),
                    "selected": $0 == query.category,
                ]
            },
            "origins": [
                ["value": "rule", "label": "A risk rule", "selected": query.origin == .rule],
                ["value": "person", "label": "A person", "selected": query.origin == .person],
            ],
            "chips": filters.map { name, value in
                let shownValue =
                    ["yes": "yes", "rule": "a risk rule", "person": "a person"][value]
                    ?? RoleNames.sentence(value)
                return ["label": "\(labels[name] ?? name): \(shownValue)", "remove": link(without: name)]
            },
            "total_text": (total == 1 ? "1 flag" : "\(total) flags")
                + (total > shown.count ? ", the first \(shown.count) shown: narrow the filters" : ""),
            "rows": shown.map(Self.flagRow),
        ]
    }
}
