import DiligenceServer
import Foundation

/// The settings of `serve` and `deliver`: the configuration file (`--config`, else
/// `diligence.yaml` when it exists) and the environment, with `--db` over the database.
enum MailConfiguration {
    static func load(config: String?, global: GlobalOptions) throws -> ServerSettings {
        let environment = ProcessInfo.processInfo.environment
        let file =
            config ?? (FileManager.default.fileExists(atPath: "diligence.yaml") ? "diligence.yaml" : nil)
        var defaults = ServerSettings()
        if let database = environment["DILIGENCE_DB"], !database.isEmpty { defaults.database = database }
        var settings: ServerSettings
        do {
            settings = try ServerConfiguration.load(file: file, environment: environment, defaults: defaults)
        } catch {
            throw CommandFailure(error.message)
        }
        if let db = global.db, !db.isEmpty { settings.database = db }
        return settings
    }

    /// The refusal of a password given on the command line.
    static let passwordRefused = CommandFailure(
        "--smtp-password: a password is never taken on the command line, where other users of the machine can read it; set smtp.password in the configuration file or DILIGENCE_SMTP_PASSWORD in the environment",
        exitCode: .usage)
}
