import ArgumentParser
import DiligenceApp
import DiligenceMail
import DiligencePostgres
import DiligenceStore
import Foundation
import Logging

/// `diligence deliver`: sends the notifications' e-mail once, for installations without a server.
struct DeliverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver",
        abstract: "Send the e-mail of the workflows' notifications that is due, then stop.",
        discussion: """
            Safe to run from cron (*/5 * * * * cd /srv/diligence && diligence deliver): the delivery lock \
            (a file beside a SQLite database, an advisory lock on PostgreSQL) lets one run send at a \
            time, so two runs never send the same message at once, however many servers share the \
            database. Each message keeps one Message-ID on every try; a message refused for good (a 5xx reply) is kept as \
            failed and listed by `diligence notifications --status failed`; any other failure is tried again \
            after a wait that doubles from one minute to six hours.

            The SMTP server comes from --config FILE (else diligence.yaml when it exists) or the environment: \
            smtp.host, smtp.port (587), smtp.starttls (true), smtp.user, smtp.password, smtp.from, and \
            server.public_url for the links (DILIGENCE_SMTP_HOST, DILIGENCE_SMTP_PASSWORD, ...). A password \
            is never taken on the command line. See docs/notifications.md.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The configuration file (YAML).", valueName: "file"))
    var config: String?

    @Option(
        help: ArgumentHelp(
            "Send what is due at this time instead of now (ISO-8601); not ahead of the clock unless the database was made with `init --simulated-clock`.",
            valueName: "time"))
    var now: String?

    @Option(name: .customLong("smtp-password"), help: .hidden)
    var smtpPassword: String?

    func run() async throws {
        if smtpPassword != nil { throw MailConfiguration.passwordRefused }
        let settings = try MailConfiguration.load(config: config, global: global)
        let smtp: SMTPSettings
        do {
            smtp = try settings.mail.smtp(publicURL: settings.publicURL)
        } catch {
            throw CommandFailure(error.message)
        }
        let instant = try TimeOption.parse(now)
        guard let publicURL = settings.publicURL else { return }
        let definitions = try global.definitions()
        let store = try storeCall {
            try StoreOpening.open(settings.database, create: false, logger: Logger(label: "diligence"))
        }
        let service = DiligenceService(store: store, definitions: definitions)
        guard let lock = try storeCall({ try store.tryLock(.delivery) }) else {
            return print("another delivery is running on \(settings.database); this run sent nothing")
        }
        var total = DeliveryOutcome()
        while true {
            let outcome = try await service.deliverDue(
                with: SMTPClient(settings: smtp), publicURL: publicURL, at: instant)
            total.relayed += outcome.relayed
            total.sent += outcome.sent
            total.digests += outcome.digests
            total.failed += outcome.failed
            total.retrying += outcome.retrying
            total.connectionFailure = outcome.connectionFailure
            if outcome.connectionFailure != nil || outcome.sent + outcome.failed + outcome.digests == 0 {
                break
            }
        }
        withExtendedLifetime(lock) {}
        print(
            "\(total.sent) sent, \(total.digests) digests sent, \(total.failed) refused for good, \(total.retrying) to try again; \(total.relayed) addressed from new notifications"
        )
        if let failure = total.connectionFailure {
            throw CommandFailure("the SMTP server could not be used; the messages stay queued: \(failure)")
        }
    }
}
