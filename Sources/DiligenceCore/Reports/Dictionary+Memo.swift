extension Dictionary {
    /// The value kept under `key`; made by `make` and kept the first time it is asked for (a
    /// report works out each of the few distinct values its many lines share once).
    @inlinable public mutating func memo(_ key: Key, _ make: (Key) throws -> Value) rethrows -> Value {
        if let value = self[key] { return value }
        let value = try make(key)
        self[key] = value
        return value
    }
}
