import ArgumentParser
import DiligenceApp
import Foundation

/// Where the installation's signing key file is: `--signing-key`, `$DILIGENCE_SIGNING_KEY`, or
/// `diligence-signing.key` beside the database. Its contents are never printed or logged.
struct SigningKeyOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The installation's signing key file (default $DILIGENCE_SIGNING_KEY, else diligence-signing.key beside the database).",
            valueName: "path"))
    var signingKey: String?

    /// The key file for the database at `database`; `configured` is the configuration file's
    /// `signing_key_file`, between the option and the environment.
    func file(database: String, configured: String? = nil) -> SigningKeyFile {
        if let signingKey, !signingKey.isEmpty { return SigningKeyFile(path: signingKey) }
        if let configured, !configured.isEmpty { return SigningKeyFile(path: configured) }
        if let path = ProcessInfo.processInfo.environment["DILIGENCE_SIGNING_KEY"], !path.isEmpty {
            return SigningKeyFile(path: path)
        }
        return SigningKeyFile.beside(database: database)
    }
}
