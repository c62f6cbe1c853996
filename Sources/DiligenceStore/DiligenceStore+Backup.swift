import Foundation
import GRDB

extension DiligenceStore {
    /// Copies the database, as one consistent snapshot, to a new file at `path` (readable by its
    /// owner only) while others go on reading and writing. Refused when `path` exists; a copy cut
    /// short is removed.
    public func backup(to path: String) throws(StoreError) {
        guard let sqlite = database as? SQLiteDatabase else {
            throw StoreError.databaseUnreadable(
                path: database.location, reason: "only a SQLite store is copied by diligence backup")
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.databaseUnreadable(path: path, reason: "a file exists there already")
        }
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.databaseUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
        do {
            let copy = try DatabaseQueue(path: path)
            try sqlite.writer.backup(to: copy)
            try copy.close()
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
            throw Self.translate(error, path: path)
        }
    }
}
