/// Work that one process at a time may do among all the processes sharing a database (mail
/// delivery: a `diligence deliver` from cron beside the background task of several servers).
public enum ExclusiveWork: String, Sendable {
    /// Relaying notifications to the outbox and sending what is due.
    case delivery = "deliver"
}

/// An exclusive lock a process holds for as long as it keeps this value; released when the value
/// is released, and by the system when the process ends, even when it is killed.
public protocol HeldLock: AnyObject, Sendable {}

extension DiligenceStore {
    /// Takes the exclusive lock of `work` across every process that shares the store, without
    /// waiting: `nil` when another process holds it. The work is done while the value is kept.
    public func tryLock(_ work: ExclusiveWork) throws(StoreError) -> (any HeldLock)? {
        try database.tryLock(work)
    }
}
