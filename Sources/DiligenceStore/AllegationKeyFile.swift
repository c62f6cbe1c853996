public import DiligenceCore
import Foundation

/// The key file that holds the key sealing allegations' restricted fields: 32 random bytes,
/// base64, created on first use readable by its owner only (0600). It lives outside the
/// database; without it restricted fields cannot be read, and nothing else needs it.
public struct AllegationKeyFile: Sendable {
    /// Where the key file is.
    public var path: String

    /// A key file at `path`.
    public init(path: String) { self.path = path }

    /// `diligence.key` in the folder of the database file.
    public static func beside(database: String) -> AllegationKeyFile {
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        return AllegationKeyFile(path: folder.appendingPathComponent("diligence.key").path)
    }

    /// Whether the file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Reads the key. Refuses a missing file, a file others may read and a file that holds no key.
    public func load() throws(StoreError) -> AllegationKey {
        guard exists else { throw .keyMissing(path: path) }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? NSNumber, permissions.intValue & 0o077 != 0
        {
            throw .keyUnreadable(
                path: path,
                reason:
                    "other users may read it; make it readable by its owner only (chmod 600 \(path)) and check who copied it"
            )
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .keyUnreadable(path: path, reason: "it cannot be read (check its owner and permissions)")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: text), let key = AllegationKey(rawBytes: bytes) else {
            throw .keyUnreadable(
                path: path,
                reason: "it does not hold a diligence key (32 bytes in base64); restore it from your backup")
        }
        return key
    }

    /// Reads the key, or creates the file with a new key when there is none yet. The file is
    /// created exclusively with mode 0600, so two commands starting at once cannot both create it.
    public func loadOrCreate() throws(StoreError) -> AllegationKey {
        if exists { return try load() }
        let key = AllegationKey.generate()
        let text = key.rawBytes.base64EncodedString() + "\n"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return try load() }
            throw .keyUnreadable(
                path: path, reason: "it cannot be created (\(String(cString: strerror(errno))))")
        }
        let written = text.utf8CString.withUnsafeBufferPointer { buffer in
            write(descriptor, buffer.baseAddress, buffer.count - 1)
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == text.utf8.count, synced else {
            unlink(path)
            throw .keyUnreadable(path: path, reason: "it could not be written completely")
        }
        return key
    }
}
