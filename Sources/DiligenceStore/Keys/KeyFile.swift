public import DiligenceCore
public import Foundation

/// A key kept in a file of its own: its raw bytes in base64.
public protocol StoredKey: Sendable {
    /// The file's name when it lives beside the database: `diligence.key`.
    static var fileName: String { get }
    /// What the file holds, as a refusal names it: `a diligence key`.
    static var kindName: String { get }
    /// Where a user names the file: `--key, $DILIGENCE_KEY or key_file in the configuration`.
    static var settingNames: String { get }
    /// The key of `rawBytes`, or `nil` when they are not one.
    init?(rawBytes: Data)
    /// The key's raw bytes.
    var rawBytes: Data { get }
}

/// Why a key file cannot serve, in words for whoever keeps it.
public struct KeyFileError: Error, Sendable, Hashable {
    /// The file.
    public var path: String
    /// Why: `it cannot be read (check its owner and permissions)`.
    public var reason: String
}

/// The file that holds a key (``AllegationKeyFile``, the installation's signing key): its bytes in
/// base64, created on first need readable by its owner only (0600), exclusively, so two commands
/// starting at once cannot both create it. It lives outside the database (beside it by default).
public struct KeyFile<Key: StoredKey>: Sendable, Hashable {
    /// Where the key file is.
    public var path: String
    /// The PostgreSQL database whose key file was looked for beside it, when no file was named:
    /// a URL has no folder, so there is no default place.
    public var unplacedFor: String?

    /// A key file at `path`.
    public init(path: String) { self.path = path }

    /// The key's file (``StoredKey/fileName``) in the folder of the database file. A PostgreSQL
    /// database has no folder: its key file must be named, and using it unnamed is refused.
    public static func beside(database: String) -> KeyFile {
        if StoreLocation.isPostgresURL(database) {
            var file = KeyFile(path: Key.fileName)
            file.unplacedFor = database
            return file
        }
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        return KeyFile(path: folder.appendingPathComponent(Key.fileName).path)
    }

    /// Refuses a key file that was never named for a PostgreSQL database (``beside(database:)``).
    public func checkPlaced() throws(KeyFileError) {
        guard let database = unplacedFor else { return }
        throw KeyFileError(
            path: "\(Key.fileName) of \(database)",
            reason:
                "a PostgreSQL database has no folder to keep it beside: name the file with \(Key.settingNames); every server sharing the database needs the same file (docs/postgresql.md)"
        )
    }

    /// Whether the file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Reads the key. Refuses a file others may read and a file that holds no key.
    public func read() throws(KeyFileError) -> Key {
        try checkPlaced()
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? NSNumber, permissions.intValue & 0o077 != 0
        {
            throw KeyFileError(
                path: path,
                reason:
                    "other users may read it; make it readable by its owner only (chmod 600 \(path)) and check who copied it"
            )
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KeyFileError(path: path, reason: "it cannot be read (check its owner and permissions)")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: text), let key = Key(rawBytes: bytes) else {
            throw KeyFileError(
                path: path,
                reason: "it does not hold \(Key.kindName) (32 bytes in base64); restore it from your backup")
        }
        return key
    }

    /// Writes `key` to a new file at `target` (the key file or its replacement), exclusively,
    /// mode 0600, synced; `false` when the file already exists.
    public static func createFile(holding key: Key, at target: String) throws(KeyFileError) -> Bool {
        let text = key.rawBytes.base64EncodedString() + "\n"
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            throw KeyFileError(
                path: target, reason: "it cannot be created (\(String(cString: strerror(errno))))")
        }
        let written = text.utf8CString.withUnsafeBufferPointer { buffer in
            write(descriptor, buffer.baseAddress, buffer.count - 1)
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == text.utf8.count, synced else {
            unlink(target)
            throw KeyFileError(path: target, reason: "it could not be written completely")
        }
        return true
    }

    /// Replaces the key file at `path` with `replacement` (written beside it by
    /// ``createFile(holding:at:)``).
    public static func replaceFile(_ path: String, with replacement: String) throws(KeyFileError) {
        guard rename(replacement, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(replacement)
            throw KeyFileError(path: path, reason: "it cannot be replaced (\(reason))")
        }
    }
}

extension AllegationKey: StoredKey {
    /// `diligence.key`.
    public static let fileName = "diligence.key"
    /// `a diligence key`.
    public static let kindName = "a diligence key"
    /// The option, the variable and the setting.
    public static let settingNames = "--key, $DILIGENCE_KEY (key_file or $DILIGENCE_KEY_FILE for the server)"
}

extension InstallationSigningKey: StoredKey {
    /// `diligence-signing.key`.
    public static let fileName = "diligence-signing.key"
    /// `a signing key`.
    public static let kindName = "a signing key"
    /// The option, the variable and the setting.
    public static let settingNames =
        "--signing-key, $DILIGENCE_SIGNING_KEY (signing_key_file or $DILIGENCE_SIGNING_KEY_FILE for the server)"
}
