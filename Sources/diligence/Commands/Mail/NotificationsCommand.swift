import ArgumentParser
import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// `diligence notifications [--status S]`: the outbox for an administrator.
struct NotificationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notifications",
        abstract:
            "List the e-mail of the notifications: sent, pending, refused for good, or skipped (administrators).",
        discussion: """
            Each notification of a workflow is addressed to every account holding its role for the record. \
            An account without an e-mail address or a disabled one is skipped (no_email, disabled), and a \
            notification no account holds the role for is listed once as no_account. A message refused for \
            good shows the SMTP server's reply. Rows appear once `diligence deliver` or the server has relayed \
            the notifications.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: AdministratorOptions
    @OptionGroup var output: OutputOptions

    @Option(
        help: ArgumentHelp(
            "Only the messages with this status: pending, sent, failed or skipped.", valueName: "status"))
    var status: String?

    func run() async throws {
        var filter: OutboxMessage.Status?
        if let status {
            guard let parsed = OutboxMessage.Status(rawValue: status) else {
                throw CommandFailure(
                    "--status \"\(status)\" is not a status; give pending, sent, failed or skipped",
                    exitCode: .usage)
            }
            filter = parsed
        }
        let definitions = try global.definitions()
        let service = try global.service(definitions: definitions, create: false)
        let actor = try await acting.authenticate(service)
        let messages = try await service.outbox(status: filter, by: actor)
        if output.json {
            return JSONOutput.print(try JSONOutput.encoded(messages.map(OutboxMessageView.init)))
        }
        guard !messages.isEmpty else { return print("no e-mail in the outbox") }
        var table = Table("ID", "STATUS", "ACCOUNT", "RECORD", "TRIES", "WHY")
        for message in messages {
            table.add(
                String(message.id), message.status.rawValue, message.account, message.subject,
                String(message.attempts), message.reason ?? "")
        }
        print(table.text)
    }
}
