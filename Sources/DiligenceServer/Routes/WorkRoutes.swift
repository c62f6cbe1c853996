import DiligenceApp
import DiligenceStore
import Foundation
import Hummingbird

/// My work: what waits on the signed-in account.
extension WebApp {
    /// The most rows my work shows (the most urgent first).
    static let workShown = 200

    func addWorkRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/") { _, context in
            let actor = try context.signedIn
            let work = try await service.myWorkList(by: actor)
            let items = work.items
            let content = fragments.html("work-page|" + work.viewKey) {
                pages.fragment(
                    "my-work-content",
                    values: [
                        "role": RoleNames.name(actor.role),
                        "items": Self.rows(items.prefix(Self.workShown)),
                        "more": items.count > Self.workShown
                            ? "Showing the \(Self.workShown) most urgent of \(items.count). Use the partner list's filters to find the others."
                            : false,
                    ])
            }
            return pages.page(
                "my-work", title: "My work", values: ["content_html": content], context: context,
                navigation: await navigation("work", context, workCount: items.count))
        }
    }
}

extension WebApp {
    private static func rows(_ items: ArraySlice<WorkItem>) -> [[String: Any]] {
        items.map { item in
            [
                "subject": item.subject, "kind": RoleNames.sentence(item.kind),
                "href": item.kind == "partner"
                    ? "/partners/" + item.partner : "/\(item.kind)s/" + item.subject,
                "partner_name": item.partnerName,
                "standing": item.standing.map(RoleNames.sentence).joined(separator: "; "),
                "events": item.events.map(RoleNames.sentence).joined(separator: ", "),
                "due": item.dueAt.map(Dates.day) ?? false, "overdue": item.isOverdue,
                "risk": item.riskLevel ?? false,
                "risk_label": item.riskLevel.map { RoleNames.sentence($0) + " flag" } ?? "",
            ]
        }
    }
}

/// Dates as pages show them, from the store's fixed-width UTC text (no date formatter per date).
enum Dates {
    /// `2026-03-05`.
    static func day(_ date: Date) -> String {
        String(Timestamp.format(date).prefix(10))
    }

    /// `2026-03-05 14:30 UTC`.
    static func minute(_ date: Date) -> String {
        let text = Timestamp.format(date)
        return text.prefix(10) + " " + text.dropFirst(11).prefix(5) + " UTC"
    }
}
