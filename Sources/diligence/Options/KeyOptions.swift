import ArgumentParser
import DiligenceCore
import DiligenceStore
import Foundation

/// Where the key file that seals restricted allegation fields is: `--key`, `$DILIGENCE_KEY`, or
/// `diligence.key` beside the database. Its contents are never printed or logged.
struct KeyOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The key file for restricted allegation details (default $DILIGENCE_KEY, else diligence.key beside the database).",
            valueName: "path"))
    var key: String?

    /// The key file for the database at `database`.
    func file(database: String) -> AllegationKeyFile {
        if let key, !key.isEmpty { return AllegationKeyFile(path: key) }
        if let path = ProcessInfo.processInfo.environment["DILIGENCE_KEY"], !path.isEmpty {
            return AllegationKeyFile(path: path)
        }
        return AllegationKeyFile.beside(database: database)
    }

    /// The key, to read restricted fields: the file must exist.
    func keyForReading(database: String) throws -> (AllegationKey, String) {
        let file = file(database: database)
        return (try storeCall { try file.load() }, file.path)
    }
}
