import ArgumentParser
import DiligenceApp
import DiligenceServer
import Foundation

/// `diligence user password NAME`: an administrator sets an account's password.
struct SetPassword: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password",
        abstract: "Set an account's password (the account chooses its own at its next sign-in).",
        discussion: """
            Reads the new password at a prompt, twice, without showing it; or, when standard input is \
            not a terminal, from its first line (`... | diligence user password NAME`). Never from the \
            command line, where other users of the machine could read it. At least 10 characters, at \
            most 72 bytes, not the account's name. Setting your own password does not force a change. \
            The cost of the hash is sign_in.bcrypt_cost of the server's configuration \
            ($DILIGENCE_SIGN_IN_BCRYPT_COST; 12 by default).
            """)

    @OptionGroup var call: AccountCall

    func run() async throws {
        let password = try Self.readPassword()
        let settings: ServerSettings
        do {
            settings = try ServerConfiguration.load(
                file: nil, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure(error.message)
        }
        try await call.run { service, administrator in
            do {
                try await service.resetPassword(
                    of: call.account, to: password, by: administrator, settings: settings.signIn)
            } catch let refusal as DiligenceError where refusal.code == .weakPassword {
                throw CommandFailure(Self.weakPassword(refusal))
            }
            let forced = administrator.account.name != call.account
            print(
                "the password of \(call.account) is set\(forced ? "; they choose their own at their next sign-in" : "")"
            )
        }
    }

    static func weakPassword(_ refusal: DiligenceError) -> String {
        switch refusal.values["problem"] {
        case "too-short": "the password is too short: use at least \(PasswordRules.minimumLength) characters"
        case "too-long": "the password is too long: use at most \(PasswordRules.maximumBytes) bytes"
        case "is-account-name": "the password must not contain the account's name"
        default: "the password cannot be used"
        }
    }

    /// The new password: at a prompt (twice) or from standard input's first line.
    static func readPassword() throws -> String {
        if isatty(STDIN_FILENO) != 0 {
            guard let first = getpass("New password: ").map({ String(cString: $0) }),
                let second = getpass("New password again: ").map({ String(cString: $0) })
            else { throw CommandFailure("no password was read") }
            guard first == second else {
                throw CommandFailure("the two passwords are not the same; nothing changed")
            }
            return first
        }
        guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandFailure("no password on standard input; give it on the first line")
        }
        return line
    }
}
