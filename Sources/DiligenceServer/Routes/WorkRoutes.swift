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
            let now = service.clock()
            // The countdowns count whole days: the content is kept for one day at most.
            let content = fragments.html("work-page|" + work.viewKey + "|" + Dates.day(now)) {
                pages.fragment(
                    "my-work-content",
                    values: [
                        "role": RoleNames.name(actor.role),
                        "items": Self.rows(items.prefix(Self.workShown), now: now),
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
    /// Where a row of my work leads: the record's own page.
    private static func workLink(_ item: WorkItem) -> String {
        switch item.kind {
        case "assessment": "/assessments/" + item.subject
        case "allegation": "/allegations/" + item.subject
        case "agreement": "/agreements/" + item.subject
        default: "/partners/" + item.partner
        }
    }

    private static func rows(_ items: ArraySlice<WorkItem>, now: Date) -> [[String: Any]] {
        items.map { item in
            [
                "subject": item.subject, "kind": RoleNames.sentence(item.kind),
                "href": Self.workLink(item),
                "partner_name": item.partnerName,
                "standing": item.standing.map(RoleNames.sentence).joined(separator: "; "),
                "events": item.events.map(RoleNames.sentence).joined(separator: ", "),
                "due": item.dueAt.map(Dates.day) ?? false, "overdue": item.isOverdue,
                "countdown": item.isOverdue
                    ? false : item.dueAt.map { Dates.countdown(to: $0, now: now) } ?? false,
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

    /// How far a deadline is from today, in whole days (UTC): `Due today`, `Due in 3 days`,
    /// `Overdue since 2026-03-05 00:00 UTC`.
    static func countdown(to due: Date, now: Date) -> String {
        // A deadline at midnight falls due at the end of the day before.
        let days =
            Int((due.addingTimeInterval(-1).timeIntervalSince1970 / 86_400).rounded(.down))
            - Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
        if due < now { return "Overdue since \(minute(due))" }
        switch days {
        case 0: return "Due today"
        case 1: return "Due tomorrow"
        default: return "Due in \(days) days"
        }
    }
}
