import DiligenceStore
import Foundation
import Testing

/// Accounts for the tests' actors. Commands act as accounts an administrator created, so before a
/// command that names an actor (`--as USER --role ROLE`, or `DILIGENCE_USER`/`DILIGENCE_ROLE`)
/// the workspace sets up the database (`init --admin admin --simulated-clock`) and creates the
/// account or grants the role, through the real CLI, as an administrator would. A database the
/// workspace did not set up itself (a demo database, one a test damaged) is left alone.
extension CLIWorkspace {
    /// The administrator of the databases the workspace sets up.
    static let administrator = "admin"

    /// The partner a partner account is tied to when the command names none.
    static let defaultPartner = "P-0001"

    /// Creates the account `user` holding `role` on the database the command uses, as needed.
    /// Returns the arguments and environment to run: a test actor acting as a partner acts as its
    /// partner account (``partnerAccount(_:)``).
    func provisionActor(
        for arguments: [String], environment: [String: String]
    ) throws -> ([String], [String: String]) {
        guard let command = arguments.first, !["init", "user", "demo", "check", "diagram"].contains(command)
        else { return (arguments, environment) }
        // `tick` runs as the administrator, as cron would, on the databases set up here.
        if command == "tick", value(of: "--as", in: arguments) == nil, environment["DILIGENCE_USER"] == nil,
            setUpDatabases.contains(databaseKey(arguments: arguments, environment: environment))
        {
            return (arguments + ["--as", Self.administrator], environment)
        }
        guard
            let user = value(of: "--as", in: arguments) ?? environment["DILIGENCE_USER"],
            let role = value(of: "--role", in: arguments) ?? environment["DILIGENCE_ROLE"],
            AccountName.isValid(user), !role.isEmpty, role != "system"
        else { return (arguments, environment) }
        let partnerRole = role == "partner"
        let key = databaseKey(arguments: arguments, environment: environment)
        let partner = partnerRole ? Self.partner(of: arguments, in: key) : nil
        let account = partner.map { Self.partnerAccount(user, partner: $0) } ?? user
        var arguments = arguments
        var environment = environment
        if partnerRole {
            if let index = arguments.firstIndex(of: "--as"), index + 1 < arguments.count {
                arguments[index + 1] = account
            } else {
                environment["DILIGENCE_USER"] = account
            }
        }
        // A PostgreSQL database of the workspace's own (``onPostgres``) starts empty.
        let isNew =
            key == databaseURL ? !setUpDatabases.contains(key) : !FileManager.default.fileExists(atPath: key)
        if isNew {
            guard
                try administer(["init", "--admin", Self.administrator, "--simulated-clock"], database: key)
            else { return (arguments, environment) }
            setUpDatabases.insert(key)
        }
        guard setUpDatabases.contains(key), !provisioned.contains("\(key)|\(account)|\(role)") else {
            return (arguments, environment)
        }
        if provisioned.contains("\(key)|\(account)|") {
            try administer(["user", "roles", account, "--grant", role], database: key)
        } else {
            var add = ["user", "add", account, "--role", role]
            if let partner { add += ["--partner", partner] }
            try administer(add, database: key)
            provisioned.insert("\(key)|\(account)|")
        }
        provisioned.insert("\(key)|\(account)|\(role)")
        return (arguments, environment)
    }

    /// The account name of a test actor acting as a partner's staff: a partner's account is tied
    /// to one partner and holds no UN role, so each partner the actor acts for is its own account
    /// (`tester.p-0002`).
    static func partnerAccount(_ user: String, partner: String) -> String {
        user + "." + partner.lowercased()
    }

    /// The partner a command acts for: the first partner id among its arguments, else the partner
    /// of the first record id it names (read from the database), else P-0001.
    private static func partner(of arguments: [String], in database: String) -> String {
        if let partner = arguments.first(where: isPartnerID) { return partner }
        for id in arguments
        where id.count == 6 && id.dropFirst().hasPrefix("-") && id.first?.isUppercase == true {
            let sql = """
                SELECT COALESCE((SELECT target FROM link WHERE subject = '\(id)' AND role = 'partner'),
                    json_extract((SELECT value FROM record WHERE subject = '\(id)'), '$.partner'), '')
                """
            if FileManager.default.fileExists(atPath: database),
                let partner = try? SQLiteFile.strings(sql, at: URL(fileURLWithPath: database)).first,
                isPartnerID(partner)
            {
                return partner
            }
        }
        return defaultPartner
    }

    private static func isPartnerID(_ text: String) -> Bool {
        text.count == 6 && text.hasPrefix("P-") && text.dropFirst(2).allSatisfy(\.isNumber)
    }

    /// Runs an administrator's command on `database`; whether it succeeded. A refused one (invalid
    /// definitions, an undeclared role, a bad name) leaves the test's command to be refused itself.
    @discardableResult
    private func administer(_ arguments: [String], database: String) throws -> Bool {
        let acting = arguments.first == "init" ? [] : ["--as", Self.administrator]
        let result = try runUnprovisioned(arguments + acting + ["--db", database], environment: [:])
        return result.exitCode == 0
    }

    private func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    /// The database a command uses: the workspace's PostgreSQL URL, or the file's standardised path.
    private func databaseKey(arguments: [String], environment: [String: String]) -> String {
        let path =
            value(of: "--db", in: arguments) ?? environment["DILIGENCE_DB"] ?? databaseURL
            ?? "diligence.sqlite"
        if StoreLocation.isPostgresURL(path) { return path }
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : project.appendingPathComponent(path)
        return url.standardizedFileURL.path
    }
}

/// The account names the CLI accepts, so the workspace does not try to create others (tests of
/// bad names pass them through untouched).
enum AccountName {
    static func isValid(_ name: String) -> Bool {
        guard (2...64).contains(name.count), let first = name.unicodeScalars.first,
            ("a"..."z").contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
        }
    }
}

extension CLIWorkspace {
    /// Creates the account `user` holding `role` on the default database now, for commands the
    /// test runs outside the workspace (in a pseudo-terminal).
    func provision(_ user: String, role: String) throws {
        _ = try provisionActor(for: ["partner", "list", "--as", user, "--role", role], environment: [:])
    }
}
