import Foundation
public import GRDB
import GRDBSQLite

/// SQLite's ``StoreConnection``: GRDB's connection inside one of the store's transactions, its
/// statements prepared once and kept (GRDB's statement cache), the values bound and the columns
/// read through SQLite's C API directly, without building GRDB's argument arrays, rows and
/// cursors, which cost more than SQLite's own work on the one-row statements of the write path.
public struct SQLiteConnection: StoreConnection {
    /// GRDB's connection, for what only SQLite has (migrations, backups, the replay of an audit).
    public let database: Database

    /// The connection `database`, inside a transaction its caller opened.
    public init(_ database: Database) {
        self.database = database
    }

    public var dialect: SQLDialect { .sqlite }

    @discardableResult
    public func execute(_ sql: String, _ arguments: [any SQLValueConvertible]) throws -> Int {
        if arguments.isEmpty, Self.holdsSeveralStatements(sql) {
            try database.execute(sql: sql)
            return database.changesCount
        }
        let statement = try database.cachedStatement(sql: sql)
        let handle = statement.sqliteStatement
        defer { finish(handle) }
        try bind(arguments, to: handle, sql: sql)
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        guard code == SQLITE_DONE else { throw failure(code, sql: sql) }
        return database.changesCount
    }

    public func forEachRow(
        _ sql: String, _ arguments: [any SQLValueConvertible], _ body: (StoreRow) throws -> Bool
    ) throws {
        let statement = try database.cachedStatement(sql: sql)
        let handle = statement.sqliteStatement
        defer { finish(handle) }
        try bind(arguments, to: handle, sql: sql)
        let columns = statement.columnNames
        let count = Int32(columns.count)
        while true {
            let code = sqlite3_step(handle)
            guard code == SQLITE_ROW else {
                guard code == SQLITE_DONE else { throw failure(code, sql: sql) }
                return
            }
            var values: [SQLValue] = []
            values.reserveCapacity(columns.count)
            for index in 0..<count { values.append(Self.value(handle, column: index)) }
            guard try body(StoreRow(columns: columns, values: values)) else { return }
        }
    }

    /// A script of several statements (a schema) runs through GRDB, which splits it.
    private static func holdsSeveralStatements(_ sql: String) -> Bool {
        guard let end = sql.lastIndex(where: { !$0.isWhitespace && $0 != ";" }) else { return false }
        return sql[..<end].contains(";")
    }

    private static func value(_ handle: OpaquePointer, column index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .int(Int(sqlite3_column_int64(handle, index)))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let bytes = sqlite3_column_text(handle, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: count))
        default: return .null
        }
    }

    private func bind(_ arguments: [any SQLValueConvertible], to handle: OpaquePointer, sql: String) throws {
        sqlite3_reset(handle)
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch argument.sqlValue {
            case .text(var text):
                code = text.withUTF8 { bytes in
                    guard let base = bytes.baseAddress else {
                        return sqlite3_bind_text(handle, index, "", 0, Self.transient)
                    }
                    return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                        sqlite3_bind_text(handle, index, chars, Int32(bytes.count), Self.transient)
                    }
                }
            case .int(let value): code = sqlite3_bind_int64(handle, index, Int64(value))
            case .double(let value): code = sqlite3_bind_double(handle, index, value)
            case .blob(let data) where data.isEmpty: code = sqlite3_bind_zeroblob(handle, index, 0)
            case .blob(let data):
                code = data.withUnsafeBytes { bytes in
                    sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
                }
            case .null: code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw failure(code, sql: sql) }
        }
    }

    /// Leaves the statement as GRDB expects a cached statement: reset, with no values bound.
    private func finish(_ handle: OpaquePointer) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    private func failure(_ code: Int32, sql: String) -> DatabaseError {
        let message = database.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }

    /// SQLite copies a value bound with this destructor before the call returns.
    private static let transient = unsafeBitCast(Int(-1), to: sqlite3_destructor_type.self)
}
