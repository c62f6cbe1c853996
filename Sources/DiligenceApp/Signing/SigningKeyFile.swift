import DiligenceCore
import Foundation

/// The file that holds the installation's Ed25519 private key: its 32-byte seed in base64,
/// created on first need readable by its owner only (0600). It lives beside the database (or
/// where the configuration says); the public halves are in the database, so what the key signed
/// verifies without it.
public struct SigningKeyFile: Sendable, Hashable {
    /// Where the key file is.
    public var path: String

    /// A key file at `path`.
    public init(path: String) { self.path = path }

    /// `diligence-signing.key` in the folder of the database file.
    public static func beside(database: String) -> SigningKeyFile {
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        return SigningKeyFile(path: folder.appendingPathComponent("diligence-signing.key").path)
    }

    /// Whether the file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Reads the key. Refuses a file others may read and a file that holds no key.
    func load() throws(SigningError) -> InstallationSigningKey {
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? NSNumber, permissions.intValue & 0o077 != 0
        {
            throw .keyFileUnusable(
                path: path,
                reason: "other users may read it; make it readable by its owner only (chmod 600 \(path))")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .keyFileUnusable(path: path, reason: "it cannot be read (check its owner and permissions)")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: text), let key = InstallationSigningKey(rawBytes: bytes) else {
            throw .keyFileUnusable(
                path: path,
                reason: "it does not hold a signing key (32 bytes in base64); restore it from your backup")
        }
        return key
    }

    /// Writes `key` to a new file at `target` (the key file or its replacement), exclusively,
    /// mode 0600, synced; `false` when the file already exists.
    static func create(_ key: InstallationSigningKey, at target: String) throws(SigningError) -> Bool {
        let text = key.rawBytes.base64EncodedString() + "\n"
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            throw .keyFileUnusable(
                path: target, reason: "it cannot be created (\(String(cString: strerror(errno))))")
        }
        let written = text.utf8CString.withUnsafeBufferPointer { buffer in
            write(descriptor, buffer.baseAddress, buffer.count - 1)
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == text.utf8.count, synced else {
            unlink(target)
            throw .keyFileUnusable(path: target, reason: "it could not be written completely")
        }
        return true
    }

    /// Replaces the key file with `replacement` (written beside it by ``create(_:at:)``).
    static func replace(_ path: String, with replacement: String) throws(SigningError) {
        guard rename(replacement, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(replacement)
            throw .keyFileUnusable(path: path, reason: "it cannot be replaced (\(reason))")
        }
    }
}
