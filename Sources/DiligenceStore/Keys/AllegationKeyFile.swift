public import DiligenceCore

/// The key file that holds the key sealing allegations' restricted fields: 32 random bytes,
/// base64, created on first use readable by its owner only (0600). It lives outside the
/// database; without it restricted fields cannot be read, and nothing else needs it.
public typealias AllegationKeyFile = KeyFile<AllegationKey>

extension KeyFile where Key == AllegationKey {
    /// Reads the key. Refuses a missing file, a file others may read and a file that holds no key.
    public func load() throws(StoreError) -> AllegationKey {
        try placed()
        guard exists else { throw .keyMissing(path: path) }
        do throws(KeyFileError) {
            return try read()
        } catch {
            throw .keyUnreadable(path: error.path, reason: error.reason)
        }
    }

    /// Reads the key, or creates the file with a new key when there is none yet. The file is
    /// created exclusively with mode 0600, so two commands starting at once cannot both create it.
    public func loadOrCreate() throws(StoreError) -> AllegationKey {
        try placed()
        if exists { return try load() }
        let key = AllegationKey.generate()
        do throws(KeyFileError) {
            if try Self.createFile(holding: key, at: path) { return key }
        } catch {
            throw .keyUnreadable(path: error.path, reason: error.reason)
        }
        return try load()
    }

    /// Refuses a key file never named for a PostgreSQL database.
    private func placed() throws(StoreError) {
        do throws(KeyFileError) {
            try checkPlaced()
        } catch {
            throw .keyUnreadable(path: error.path, reason: error.reason)
        }
    }
}
