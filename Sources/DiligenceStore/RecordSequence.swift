import Foundation

/// Record ids (`P-0001`, `A-0002`, `AG-0003`) from one counter per prefix, taken inside the
/// transaction that creates the record: two writers never get the same id, and an id is never
/// reused, unlike a count of the rows (which a second store, or a record removed by a future
/// migration, would break).
enum RecordSequence {
    static let schema = """
        CREATE TABLE record_sequence (
            prefix TEXT PRIMARY KEY NOT NULL,
            last INTEGER NOT NULL
        );
        """

    /// The next id with `prefix`, counted in the caller's write transaction.
    static func nextID(prefix: String, db: any StoreConnection) throws -> String {
        try db.execute(
            "INSERT INTO record_sequence (prefix, last) VALUES (?, 0) ON CONFLICT (prefix) DO NOTHING",
            [prefix])
        guard
            let next = try db.value(
                Int.self, "UPDATE record_sequence SET last = last + 1 WHERE prefix = ? RETURNING last",
                [prefix])
        else { throw StoreError.corrupted("the id counter of \(prefix) records cannot be read") }
        return String(format: "\(prefix)-%04d", next)
    }

    /// Starts each counter after the highest id a database already holds (a database made before
    /// the counters).
    static func seed(_ db: any StoreConnection) throws {
        var highest: [String: Int] = [:]
        for subject in try db.values(String.self, "SELECT subject FROM instance") {
            let parts = subject.split(separator: "-", maxSplits: 1)
            guard parts.count == 2, let number = Int(parts[1]) else { continue }
            highest[String(parts[0])] = max(highest[String(parts[0])] ?? 0, number)
        }
        for (prefix, last) in highest {
            try db.execute("INSERT INTO record_sequence (prefix, last) VALUES (?, ?)", [prefix, last])
        }
    }
}
