import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on a file beside the database, held while a process delivers mail, so two
/// runs (cron's `diligence deliver`, the server's background task) never send the same message at
/// once. The kernel releases it when the process ends, even when it is killed.
final class DeliveryLock {
    private let descriptor: Int32

    /// Takes the lock of `database`; `nil` when another process holds it.
    init?(database: String) throws {
        let path = database + ".deliver.lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CommandFailure(
                "\(path): cannot open the delivery lock file (\(String(cString: strerror(errno))))")
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
