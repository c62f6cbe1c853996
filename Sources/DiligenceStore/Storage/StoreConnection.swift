/// The SQL a store runs, through one connection inside one of its transactions: the small
/// protocol every store of diligence implements (SQLite through GRDB; PostgreSQL next), under the
/// log, the snapshots, the deadlines and the queries written once above it.
///
/// Statements use `?` placeholders (`?1`, `?2` where a value is repeated), bound in order.
public protocol StoreConnection {
    /// The SQL dialect, for the few statements that differ between stores.
    var dialect: SQLDialect { get }

    /// Runs a statement that returns no rows (an `INSERT`, `UPDATE`, `DELETE` or schema change);
    /// returns the number of rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLValueConvertible]) throws -> Int

    /// Runs the query `sql`, calling `body` with each row in order until it returns `false`.
    func forEachRow(
        _ sql: String, _ arguments: [any SQLValueConvertible], _ body: (StoreRow) throws -> Bool
    ) throws
}

extension StoreConnection {
    /// Runs a statement without arguments; returns the number of rows it changed.
    @discardableResult
    public func execute(_ sql: String) throws -> Int {
        try execute(sql, [])
    }

    /// Every row of the query `sql`.
    public func rows(_ sql: String, _ arguments: [any SQLValueConvertible] = []) throws -> [StoreRow] {
        var rows: [StoreRow] = []
        try forEachRow(sql, arguments) { row in
            rows.append(row)
            return true
        }
        return rows
    }

    /// The first row of the query `sql`, or `nil` when it returns none.
    public func row(_ sql: String, _ arguments: [any SQLValueConvertible] = []) throws -> StoreRow? {
        var first: StoreRow?
        try forEachRow(sql, arguments) { row in
            first = row
            return false
        }
        return first
    }

    /// The first column of the first row of the query `sql`, or `nil` when it returns no row or
    /// `NULL`.
    public func value<T: SQLValueConvertible>(
        _ type: T.Type, _ sql: String, _ arguments: [any SQLValueConvertible] = []
    ) throws -> T? {
        guard let row = try row(sql, arguments), let first = row.values.first else { return nil }
        return T(sqlValue: first)
    }

    /// The first column of every row of the query `sql`, skipping `NULL`s.
    public func values<T: SQLValueConvertible>(
        _ type: T.Type, _ sql: String, _ arguments: [any SQLValueConvertible] = []
    ) throws -> [T] {
        var values: [T] = []
        try forEachRow(sql, arguments) { row in
            if let first = row.values.first, let value = T(sqlValue: first) { values.append(value) }
            return true
        }
        return values
    }

    /// Whether the query `sql` returns a row.
    public func exists(_ sql: String, _ arguments: [any SQLValueConvertible] = []) throws -> Bool {
        try row(sql, arguments) != nil
    }
}

/// The SQL dialect of a store, for the statements that differ.
public enum SQLDialect: String, Sendable {
    /// SQLite 3.35 or later (`RETURNING`, JSON functions).
    case sqlite
    /// PostgreSQL 15 or later.
    case postgres
}
