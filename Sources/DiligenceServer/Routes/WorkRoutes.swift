import DiligenceApp
import Foundation
import Hummingbird

/// My work: what waits on the signed-in account.
extension WebApp {
    /// The most rows my work shows (the most urgent first).
    static let workShown = 200

    func addWorkRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/") { _, context in
            let actor = try context.signedIn
            let items = try await service.myWork(by: actor)
            let rows: [[String: Any]] = items.prefix(Self.workShown).map { item in
                [
                    "subject": item.subject, "kind": RoleNames.sentence(item.kind),
                    "href": item.kind == "assessment"
                        ? "/assessments/" + item.subject : "/partners/" + item.partner,
                    "partner_name": item.partnerName,
                    "standing": item.standing.map(RoleNames.sentence).joined(separator: "; "),
                    "events": item.events.map(RoleNames.sentence).joined(separator: ", "),
                    "due": item.dueAt.map(Dates.day) ?? false, "overdue": item.isOverdue,
                    "risk": item.riskLevel ?? false,
                    "risk_label": item.riskLevel.map { RoleNames.sentence($0) + " flag" } ?? "",
                ]
            }
            return pages.page(
                "my-work", title: "My work",
                values: [
                    "items": rows,
                    "more": items.count > Self.workShown
                        ? "Showing the \(Self.workShown) most urgent of \(items.count). Use the partner list's filters to find the others."
                        : false,
                ], context: context,
                navigation: await navigation("work", context, workCount: items.count))
        }
    }
}

/// Dates as pages show them.
enum Dates {
    /// `2026-03-05`.
    static func day(_ date: Date) -> String {
        String(ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withFullDate]))
    }

    /// `2026-03-05 14:30 UTC`.
    static func minute(_ date: Date) -> String {
        let text = ISO8601DateFormatter.string(
            from: date, timeZone: .gmt, formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime])
        return text.replacingOccurrences(of: "T", with: " ").prefix(16) + " UTC"
    }
}
