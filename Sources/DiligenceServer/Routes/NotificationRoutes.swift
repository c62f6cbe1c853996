import DiligenceApp
import DiligenceStore
import Foundation
import Hummingbird

/// The account's choice of how often it is written to (`/account/notifications`).
extension WebApp {
    func addNotificationRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/account/notifications") { request, context in
            let actor = try context.signedIn
            let current = try await service.notificationFrequency(of: actor.account.name, by: actor)
            return await notificationsPage(
                context, chosen: current.rawValue, saved: request.query["saved"] != nil)
        }
        router.post("/account/notifications") { _, context in
            let actor = try context.signedIn
            let value = context.form["frequency"] ?? ""
            guard let frequency = NotificationFrequency(rawValue: value) else {
                let error = FieldError(field: "frequency", message: NotificationMessages.chooseFrequency)
                return await notificationsPage(
                    context, chosen: nil, errors: [error], status: .unprocessableContent)
            }
            try await service.setNotificationFrequency(frequency, of: actor.account.name, by: actor)
            return Response.seeOther("/account/notifications?saved=1")
        }
    }

    private func notificationsPage(
        _ context: WebContext, chosen: String?, saved: Bool = false, errors: [FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async -> Response {
        let choices: [[String: Any]] = NotificationFrequency.allCases.map { frequency in
            [
                "value": frequency.rawValue,
                "radio_id": frequency == .immediate ? "frequency" : "frequency-\(frequency.rawValue)",
                "label": NotificationMessages.label(frequency), "hint": NotificationMessages.hint(frequency),
                "checked": chosen == frequency.rawValue,
            ]
        }
        return pages.page(
            "notifications", title: "How often we e-mail you",
            values: ["choices": choices, "saved": saved],
            context: context, errors: errors, status: status,
            navigation: await navigation("notifications", context))
    }
}
