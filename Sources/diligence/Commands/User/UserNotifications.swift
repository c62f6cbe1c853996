import ArgumentParser
import DiligenceApp
import DiligenceStore

/// `diligence user notifications NAME [--set immediate|daily|weekly]`.
struct UserNotifications: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notifications",
        abstract: "Show or choose how often an account is written to: immediate, daily or weekly.",
        discussion: """
            immediate (the default) sends a message for each notification as it comes; daily and weekly \
            send one digest at the first delivery from 07:00 UTC each day or each Monday, grouping what \
            happened by record and listing the deadlines falling due soon, each with a link. An account \
            chooses for itself (--as NAME); an administrator may choose for anyone.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var acting: ActorOptions

    @Argument(help: "The account name, such as amina.diallo.")
    var account: String

    @Option(
        name: .customLong("set"), help: ArgumentHelp("immediate, daily or weekly.", valueName: "frequency"))
    var frequency: String?

    func run() async throws {
        var chosen: NotificationFrequency?
        if let frequency {
            guard let parsed = NotificationFrequency(rawValue: frequency) else {
                throw CommandFailure(
                    "--set \"\(frequency)\" is not a frequency; give immediate, daily or weekly",
                    exitCode: .usage)
            }
            chosen = parsed
        }
        let service = try global.existingService()
        let actor = try await acting.authenticate(service)
        if let chosen {
            try await service.setNotificationFrequency(chosen, of: account, by: actor)
        }
        let current = try await service.notificationFrequency(of: account, by: actor)
        print("\(account) is written to: \(current.rawValue)")
    }
}
