public import DiligenceCore
public import DiligenceStore

/// The file that holds the installation's Ed25519 private key: its 32-byte seed in base64,
/// created on first need readable by its owner only (0600). It lives beside the database (or
/// where the configuration says); the public halves are in the database, so what the key signed
/// verifies without it.
public typealias SigningKeyFile = KeyFile<InstallationSigningKey>

extension KeyFile where Key == InstallationSigningKey {
    /// Refuses a key file never named for a PostgreSQL database.
    func placed() throws(SigningError) {
        do throws(KeyFileError) {
            try checkPlaced()
        } catch {
            throw .keyFileUnusable(path: error.path, reason: error.reason)
        }
    }

    /// Reads the key. Refuses a file others may read and a file that holds no key.
    func load() throws(SigningError) -> InstallationSigningKey {
        do throws(KeyFileError) {
            return try read()
        } catch {
            throw .keyFileUnusable(path: error.path, reason: error.reason)
        }
    }

    /// Writes `key` to a new file at `target` (the key file or its replacement), exclusively,
    /// mode 0600, synced; `false` when the file already exists.
    static func create(_ key: InstallationSigningKey, at target: String) throws(SigningError) -> Bool {
        do throws(KeyFileError) {
            return try createFile(holding: key, at: target)
        } catch {
            throw .keyFileUnusable(path: error.path, reason: error.reason)
        }
    }

    /// Replaces the key file with `replacement` (written beside it by ``create(_:at:)``).
    static func replace(_ path: String, with replacement: String) throws(SigningError) {
        do throws(KeyFileError) {
            try replaceFile(path, with: replacement)
        } catch {
            throw .keyFileUnusable(path: error.path, reason: error.reason)
        }
    }
}
