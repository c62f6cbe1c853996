import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension SQLiteDatabase {
    /// SQLite's lock: an exclusive `flock` on a file beside the database
    /// (`diligence.sqlite.deliver.lock`), which the kernel releases when the process ends.
    public func tryLock(_ work: ExclusiveWork) throws(StoreError) -> (any HeldLock)? {
        // An in-memory database is one process's: its lock file is a temporary one of its own.
        let base =
            location == ":memory:"
            ? FileManager.default.temporaryDirectory.appendingPathComponent(
                "diligence-memory-\(ObjectIdentifier(writer))"
            ).path : location
        return try FileLock(path: base + "." + work.rawValue + ".lock")
    }
}

/// An exclusive `flock` held on a file while the value lives.
final class FileLock: HeldLock {
    private let descriptor: Int32

    /// Takes the lock of the file at `path` (created readable by its owner only); `nil` when another
    /// process holds it.
    init?(path: String) throws(StoreError) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .databaseUnreadable(
                path: path, reason: "the lock file cannot be opened (\(String(cString: strerror(errno))))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
