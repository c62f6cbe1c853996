import GRDB
import GRDBSQLite

/// A value bound to a statement run through ``DirectStatement``.
enum DirectArgument {
    case text(String)
    case int(Int)
    case null

    /// A text, or `NULL` for `nil`.
    static func text(_ value: String?) -> DirectArgument { value.map { .text($0) } ?? .null }
}

/// The statements of the write path (append an event, update a snapshot, read an instance), run
/// on GRDB's cached prepared statements through SQLite's C API: the values are bound and the
/// columns read directly, without building GRDB's argument arrays, rows and cursors, which cost
/// more than SQLite's own work on one-row statements. Only for statements inside the store's own
/// transactions (``DiligenceStore/transaction(_:)``): they are never observed and never begin or
/// end a transaction.
enum DirectStatement {
    /// Runs `sql` with `arguments` to completion (an INSERT, UPDATE or DELETE).
    static func run(_ sql: String, _ arguments: [DirectArgument], db: Database) throws {
        let statement = try db.cachedStatement(sql: sql).sqliteStatement
        defer { finish(statement) }
        try bind(arguments, to: statement, sql: sql, db: db)
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW { code = sqlite3_step(statement) }
        guard code == SQLITE_DONE else { throw failure(code, sql: sql, db: db) }
    }

    /// Runs the query `sql` with `arguments` and reads its first row with `read`, or returns `nil`
    /// when there is none.
    static func firstRow<T>(
        _ sql: String, _ arguments: [DirectArgument], db: Database, read: (DirectRow) throws -> T
    ) throws -> T? {
        let statement = try db.cachedStatement(sql: sql).sqliteStatement
        defer { finish(statement) }
        try bind(arguments, to: statement, sql: sql, db: db)
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return try read(DirectRow(statement: statement))
        case SQLITE_DONE: return nil
        case let code: throw failure(code, sql: sql, db: db)
        }
    }

    private static func bind(
        _ arguments: [DirectArgument], to statement: OpaquePointer, sql: String, db: Database
    ) throws {
        sqlite3_reset(statement)
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch argument {
            case .text(var text):
                code = text.withUTF8 { bytes in
                    guard let base = bytes.baseAddress else {
                        return sqlite3_bind_text(statement, index, "", 0, transient)
                    }
                    return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                        sqlite3_bind_text(statement, index, chars, Int32(bytes.count), transient)
                    }
                }
            case .int(let value): code = sqlite3_bind_int64(statement, index, Int64(value))
            case .null: code = sqlite3_bind_null(statement, index)
            }
            guard code == SQLITE_OK else { throw failure(code, sql: sql, db: db) }
        }
    }

    /// Leaves the statement as GRDB expects a cached statement: reset, with no values bound.
    private static func finish(_ statement: OpaquePointer) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    private static func failure(_ code: Int32, sql: String, db: Database) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }

    /// SQLite copies a value bound with this destructor before the call returns.
    private static let transient = unsafeBitCast(Int(-1), to: sqlite3_destructor_type.self)
}

/// The current row of a statement run through ``DirectStatement``.
struct DirectRow {
    let statement: OpaquePointer

    /// The text of column `index` (0-based), `nil` when it is `NULL`.
    func text(_ index: Int32) -> String? {
        guard sqlite3_column_type(statement, index) != SQLITE_NULL,
            let bytes = sqlite3_column_text(statement, index)
        else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The integer of column `index` (0-based), `nil` when it is `NULL`.
    func int(_ index: Int32) -> Int? {
        sqlite3_column_type(statement, index) == SQLITE_NULL
            ? nil : Int(sqlite3_column_int64(statement, index))
    }
}
