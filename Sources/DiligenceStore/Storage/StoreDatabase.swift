/// A store's database: transactions handing a ``StoreConnection`` to the store's code, and its
/// errors in the store's words. SQLite's is ``SQLiteDatabase``.
public protocol StoreDatabase: Sendable {
    /// Where the database is, for messages (a file's path; a server's address without password).
    var location: String { get }

    /// Checks the database is one of diligence's and brings its schema up to date (creating it in
    /// an empty database); refused for a database of another program or of a newer diligence.
    func prepare() throws(StoreError)

    /// Runs `body` in one write transaction that holds the write lock from its first statement,
    /// so what it reads is what its writes apply to; any error rolls everything back.
    func write<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T

    /// Runs `body` on one consistent snapshot of the database, beside the writes.
    func read<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T

    /// `error`, thrown by this database or by code running in one of its transactions, as a
    /// ``StoreError`` a user can act on (a ``StoreError`` is returned as it is).
    func translate(_ error: any Error) -> StoreError

    /// Takes the exclusive lock of `work` across every process that shares the database, without
    /// waiting: `nil` when another process holds it.
    func tryLock(_ work: ExclusiveWork) throws(StoreError) -> (any HeldLock)?
}
