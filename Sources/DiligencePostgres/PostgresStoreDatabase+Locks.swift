public import DiligenceStore
import Logging
import PostgresNIO

extension PostgresStoreDatabase {
    /// PostgreSQL's lock: a session advisory lock on a connection of its own, kept open while
    /// the lock is held. The server releases it when the connection closes, so a process that is
    /// killed holds nothing.
    public func tryLock(_ work: ExclusiveWork) throws(StoreError) -> (any HeldLock)? {
        let connection: PostgresConnection
        do {
            connection = try connect()
        } catch {
            throw PostgresErrors.translate(error, location: location)
        }
        let db = PostgresStoreConnection(connection: connection, logger: logger)
        do {
            let taken = try db.value(
                Bool.self, "SELECT pg_try_advisory_lock(CAST(? AS INTEGER), CAST(? AS INTEGER))",
                [Self.lockSpace, Self.lockNumber(work)])
            guard taken == true else {
                Self.closeNow(connection)
                return nil
            }
            return AdvisoryLock(connection: connection)
        } catch {
            Self.closeNow(connection)
            throw PostgresErrors.translate(error, location: location)
        }
    }

    /// The first key of diligence's advisory locks ("dl"): two-key locks do not share numbers with
    /// the one-key write lock.
    static let lockSpace = 0x646C

    /// The second key of `work`'s lock: fixed per kind of work, the same in every process.
    static func lockNumber(_ work: ExclusiveWork) -> Int {
        switch work {
        case .delivery: 1
        }
    }
}

/// A session advisory lock held on its own connection; closing the connection releases it.
final class AdvisoryLock: HeldLock {
    private let connection: PostgresConnection

    init(connection: PostgresConnection) { self.connection = connection }

    deinit { PostgresStoreDatabase.closeNow(connection) }
}
