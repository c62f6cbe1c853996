extension Dictionary {
    /// The value kept under `key`; made by `make` and kept the first time it is asked for.
    mutating func memo(_ key: Key, _ make: (Key) -> Value) -> Value {
        if let value = self[key] { return value }
        let value = make(key)
        self[key] = value
        return value
    }
}
