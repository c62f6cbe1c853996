import DiligenceApp
import DiligenceMail
import DiligenceServer
import Foundation
import Logging

/// The server's background delivery: every 30 seconds, under the delivery lock (so a
/// `diligence deliver` from cron never sends the same message at the same time), relays the new
/// notifications and sends what is due.
enum MailDeliveryTask {
    /// The pause between two runs.
    static let interval: Duration = .seconds(30)

    /// Starts the task when `smtp.host` is set (refusing an incomplete mail configuration);
    /// `nil` when mail is not configured.
    static func start(service: DiligenceService, settings: ServerSettings, logger: Logger) throws -> Task<
        Void, Never
    >? {
        guard settings.mail.isConfigured else { return nil }
        let smtp: SMTPSettings
        do {
            smtp = try settings.mail.smtp(publicURL: settings.publicURL)
        } catch {
            throw CommandFailure(error.message)
        }
        guard let publicURL = settings.publicURL else { return nil }
        return Task {
            while !Task.isCancelled {
                do {
                    if let lock = try service.store.tryLock(.delivery) {
                        let outcome = try await service.deliverDue(
                            with: SMTPClient(settings: smtp), publicURL: publicURL)
                        withExtendedLifetime(lock) {}
                        if let failure = outcome.connectionFailure {
                            logger.warning("mail not delivered: \(failure)")
                        } else if outcome.sent + outcome.failed > 0 {
                            logger.info("mail: \(outcome.sent) sent, \(outcome.failed) refused for good")
                        }
                    }
                } catch {
                    logger.error("mail delivery stopped this round: \(error)")
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
