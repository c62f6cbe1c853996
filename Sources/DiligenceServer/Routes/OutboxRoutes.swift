import DiligenceApp
import DiligenceStore
import Foundation
import Hummingbird

/// The administrator's view of the e-mail not delivered (`/admin/notifications`): messages
/// waiting, refused for good, or skipped, with why. Who may see it is decided in the layer.
extension WebApp {
    func addOutboxRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/admin/notifications") { _, context in
            let actor = try context.signedIn
            let messages = try await service.outbox(by: actor).filter { $0.status != .sent }
            let rows: [[String: Any]] = messages.map { message in
                [
                    "subject": message.subject,
                    "account": message.account == OutboxSkip.nobody ? false : message.account,
                    "role": RoleNames.name(message.role),
                    "status": NotificationMessages.status(message.status),
                    "why": NotificationMessages.why(message), "tries": message.attempts,
                    "failed": message.status == .failed,
                ]
            }
            return pages.page(
                "outbox", title: "E-mail not delivered",
                values: ["messages": rows, "mail_off": !settings.mail.isConfigured],
                context: context, navigation: await navigation("admin", context))
        }
    }
}
