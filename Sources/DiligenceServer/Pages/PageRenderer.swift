import DiligenceApp
import Foundation
import Hummingbird
import Mustache

/// Renders pages from the Mustache templates shipped with the server, each inside the layout
/// (header, navigation, error summary), from prepared values: dictionaries and arrays of text,
/// never structs read by reflection.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Loads the templates from the server's resources.
    static func load() async throws -> PageRenderer {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Templates").path else {
            throw HTTPError(.internalServerError, message: "The page templates are missing.")
        }
        return PageRenderer(library: try await MustacheLibrary(directory: directory))
    }

    /// Puts a page's notices into its values: the message of what was just done, and a refusal
    /// (its title and lines) shown above the page.
    static func addNotices(
        to values: inout [String: Any], message: String? = nil, refusal: (title: String, lines: [String])?
    ) {
        if let message { values["message"] = message }
        if let refusal {
            values["refusal"] = ["title": refusal.title, "lines": refusal.lines] as [String: Any]
        }
    }

    /// A full page: `template` inside the layout, titled `title`, for the account of `context`
    /// (none on the sign-in page). With `errors`, the title starts "Error: " and the summary
    /// links each to its field.
    func page(
        _ template: String, title: String, values: [String: Any] = [:], context: WebContext,
        errors: [FieldError] = [], status: HTTPResponse.Status = .ok, navigation: Navigation? = nil
    ) -> Response {
        var all = values
        all["title"] = (errors.isEmpty ? "" : "Error: ") + title
        all["heading"] = title
        all["form_token"] = context.formToken
        all["form_token_field"] = FormTokens.fieldName
        if !errors.isEmpty {
            all["errors"] = errors.map { ["field": $0.field, "message": $0.message] }
            for error in errors { all["error_\(error.field)"] = error.message }
        }
        if let actor = context.actor {
            all["signed_in"] =
                [
                    "name": actor.account.displayName, "account": actor.account.name,
                    "role": RoleNames.name(actor.role), "administrator": context.administrator,
                    "switch": actor.account.roles.count > 1
                        ? actor.account.roles.map {
                            ["role": $0, "name": RoleNames.name($0), "current": $0 == actor.role]
                        }
                        : false,
                ] as [String: Any]
            if let navigation { all["nav"] = navigation.values }
        }
        Self.markLists(&all)
        let html =
            library.render(all, withTemplate: template)
            ?? "<!doctype html><title>Error</title><p>The page could not be shown.</p>"
        var response = Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

extension PageRenderer {
    /// A part of a page (the rows of a table, a page's content) drawn alone from `template`, for
    /// a page to carry as text already escaped.
    func fragment(_ template: String, values: [String: Any]) -> String {
        var all = values
        Self.markLists(&all)
        return library.render(all, withTemplate: template) ?? ""
    }

    /// Adds `has_NAME` beside every list `NAME` (the templates' test for an empty list), here
    /// and in the dictionaries within.
    static func markLists(_ values: inout [String: Any]) {
        for (key, value) in values {
            if let list = value as? [Any] {
                values["has_" + key] = !list.isEmpty
            } else if var nested = value as? [String: Any] {
                markLists(&nested)
                values[key] = nested
            }
        }
    }
}

/// An error on one field of a form, in the words shown beside it and in the summary.
struct FieldError: Sendable, Hashable {
    /// The field's `id` in the page (the summary links to `#field`).
    var field: String
    /// What is wrong, in the user's words.
    var message: String
}

/// The navigation's state: the section shown, the count of work waiting, for the roles that
/// decide escalated flags the count of their queue, and whether the portfolio is linked.
struct Navigation: Sendable {
    var section: String
    var workCount: Int
    var queueCount: Int? = nil
    /// Whether the account's role reads allegations (the navigation links to them).
    var allegations = false
    /// Whether the account's role reads the portfolio report.
    var portfolio = false

    var values: [String: Any] {
        [
            "work_count": workCount, "has_work": workCount > 0, "work": section == "work",
            "queue": queueCount.map { ["count": $0, "waiting": $0 > 0] as [String: Any] } ?? false,
            "queue_current": section == "queue",
            "partners": section == "partners", "flags": section == "flags", "account": section == "account",
            "admin": section == "admin", "shows_allegations": allegations,
            "allegations": section == "allegations", "workflows": section == "workflows",
            "portfolio_link": portfolio, "portfolio": section == "portfolio",
            "notifications": section == "notifications",
        ]
    }
}
