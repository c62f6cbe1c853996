import DiligenceApp
import DiligenceWebForms
import Foundation
import Hummingbird

/// What every route handler needs: the application layer, the pages and the settings.
struct WebApp: Sendable {
    let service: DiligenceService
    let pages: PageRenderer
    let settings: ServerSettings
    /// The content of pages already drawn, by the layer's key of the view.
    let fragments = FragmentCache()

    /// The navigation of a signed-in page, with the count of work waiting.
    func navigation(_ section: String, _ context: WebContext) async -> Navigation {
        guard let actor = context.actor else { return Navigation(section: section, workCount: 0) }
        let count = (try? await service.myWorkCount(by: actor)) ?? 0
        return await navigation(section, context, workCount: count)
    }

    /// The navigation with the count of work waiting already known.
    func navigation(_ section: String, _ context: WebContext, workCount count: Int) async -> Navigation {
        guard let actor = context.actor else { return Navigation(section: section, workCount: count) }
        // The roles that decide escalated flags see their queue in the navigation, with its count.
        let queue: Int? =
            service.flagReviewerRoles.contains(actor.role)
            ? ((try? await service.escalatedFlags(by: actor).count) ?? 0) : nil
        return Navigation(
            section: section, workCount: count, queueCount: queue,
            allegations: service.readsAllegations(actor), portfolio: service.mayReadPortfolio(actor))
    }

    /// The page for a record the account may not see or that does not exist: the same 404 for
    /// both, so an id tells nothing.
    func notFound(_ context: WebContext) -> Response {
        pages.page(
            "problem", title: "Page not found",
            values: [
                "paragraphs": [
                    "There is no page here that your account may see.",
                    "Check the address, or find the record from your lists.",
                ]
            ],
            context: context, status: .notFound)
    }

    /// The page for a role that may not do what it asked: what is needed, never the data.
    func forbidden(_ context: WebContext, needed: [String]) -> Response {
        let roles = needed.map(RoleNames.name).joined(separator: ", ")
        return pages.page(
            "problem", title: "You cannot use this page",
            values: [
                "paragraphs": [
                    "This page is for \(roles.isEmpty ? "another role" : roles).",
                    "You are signed in as \(RoleNames.name(context.actor?.role ?? "")). Switch role if your account holds one of these, or ask your administrator.",
                ]
            ],
            context: context, status: .forbidden)
    }
}

extension Response {
    /// A 303 to `location` (after a form post, so a reload does not post again).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

extension Request {
    /// The query string's fields.
    var query: WebForm { WebForm(urlEncoded: uri.query ?? "") ?? WebForm() }
}
