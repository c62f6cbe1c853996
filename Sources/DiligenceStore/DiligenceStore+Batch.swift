/// The write transaction a batch of a store's commands shares, bound to the task that opened it.
///
/// It is `@unchecked Sendable` because a task-local value must be: the connection is only used
/// inside the batch's closure, on the thread that runs it, and never outlives it.
struct OpenBatch: @unchecked Sendable {
    /// The store whose commands join the batch (another store's commands run as usual).
    let store: ObjectIdentifier
    /// The connection of the batch's transaction.
    let connection: any StoreConnection

    /// The batch a command of this store joins: the open batch's, when it is this store's.
    @TaskLocal static var current: OpenBatch?

    /// Runs one command's `body` in a savepoint of the batch, so a command refused halfway leaves
    /// nothing of itself while the commands before it stay.
    func savepoint<T>(
        _ body: (any StoreConnection) throws -> T, translate: (any Error) -> StoreError
    ) throws(StoreError) -> T {
        do {
            try connection.execute("SAVEPOINT command")
            do {
                let result = try body(connection)
                try connection.execute("RELEASE SAVEPOINT command")
                return result
            } catch {
                _ = try? connection.execute("ROLLBACK TO SAVEPOINT command")
                _ = try? connection.execute("RELEASE SAVEPOINT command")
                throw error
            }
        } catch {
            throw translate(error)
        }
    }
}

extension DiligenceStore {
    /// Runs `body` with every command it sends to this store in one write transaction: bulk
    /// writes (a generated portfolio, a large import) commit once instead of once a command.
    ///
    /// Each command in the batch keeps its own all-or-nothing: it runs in a savepoint, so a command
    /// that is refused writes nothing and the batch goes on (the error reaches `body`, which may
    /// catch it). An error thrown out of `body` rolls back every command of the batch, as one
    /// transaction would. Reads inside the batch (a command's checks, a query) see its writes.
    /// The batch holds the write lock until it ends, so keep batches to a few thousand commands
    /// when other processes share the database. A batch opened inside a batch of the same store
    /// joins it.
    public func batch<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        if joinedBatch != nil { return try body() }
        do {
            return try database.write { db in
                try OpenBatch.$current.withValue(OpenBatch(store: ObjectIdentifier(self), connection: db)) {
                    try body()
                }
            }
        } catch {
            // The definitions written in the batch were rolled back with it.
            storedDefinitions.removeAll()
            throw error
        }
    }

    /// The batch this store's commands join, if one is open in this task.
    var joinedBatch: OpenBatch? {
        guard let batch = OpenBatch.current, batch.store == ObjectIdentifier(self) else { return nil }
        return batch
    }
}
