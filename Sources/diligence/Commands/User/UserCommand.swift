import ArgumentParser

/// `diligence user ...`: the administrator's commands for accounts.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create and manage accounts (administrators).",
        discussion: """
            Every person who acts holds an account: --as names it. Each change is an event in the log. Roles \
            are declared in Assessments/roles.yaml. A partner's own staff get --role partner --partner P-0001 and \
            see only that partner's records.
            """,
        subcommands: [
            AddUser.self, ListUsers.self, ShowUser.self, UserRoles.self, DisableUser.self, EnableUser.self,
            UpdateUser.self, SetPassword.self, UserNotifications.self,
        ])
}
