/// One row a query returned: its values by position and by column name.
///
/// Reading a column as a type it does not hold is a programming error in the store's SQL (a
/// `NOT NULL` column read as optional is fine; a `NULL` read as `String` is not) and stops with the
/// column's name, as GRDB's rows do.
public struct StoreRow: Sendable, Hashable {
    /// The names of the columns, shared by every row of one query.
    public let columns: [String]
    /// The values, in the order of ``columns``.
    public let values: [SQLValue]

    /// A row of `values` under `columns`.
    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value at `index` (0-based).
    public subscript<T: SQLValueConvertible>(_ index: Int) -> T {
        Self.converted(values[index], column: columns.indices.contains(index) ? columns[index] : "\(index)")
    }

    /// The value of the column `name` (matched as SQLite does: exactly, then ignoring case).
    public subscript<T: SQLValueConvertible>(_ name: String) -> T {
        Self.converted(value(named: name), column: name)
    }

    /// The raw value of the column `name`, `.null` when the row has no such column.
    public func value(named name: String) -> SQLValue {
        if let index = columns.firstIndex(of: name) { return values[index] }
        let lowered = name.lowercased()
        if let index = columns.firstIndex(where: { $0.lowercased() == lowered }) { return values[index] }
        return .null
    }

    /// Whether the row has a column called `name`.
    public func hasColumn(_ name: String) -> Bool {
        columns.contains { $0.lowercased() == name.lowercased() }
    }

    private static func converted<T: SQLValueConvertible>(_ value: SQLValue, column: String) -> T {
        guard let converted = T(sqlValue: value) else {
            preconditionFailure("column \(column) holds \(value), not a \(T.self)")
        }
        return converted
    }
}
