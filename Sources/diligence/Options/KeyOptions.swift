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

    /// The key, to seal restricted fields. The file is created on first use, but only while the
    /// database holds no sealed value yet: a new key would not open the earlier ones. An existing
    /// key must open the values already sealed, so no case mixes two keys.
    func keyForWriting(store: DiligenceStore) throws -> AllegationKey {
        let file = file(database: store.path)
        return try storeCall {
            if !file.exists, try store.holdsSealedValues() { throw StoreError.keyMissing(path: file.path) }
            let key = try file.loadOrCreate()
            try store.checkKey(key, keyPath: file.path)
            return key
        }
    }
}
