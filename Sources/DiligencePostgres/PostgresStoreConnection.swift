import DiligenceStore
import Logging
import NIOCore
import PostgresNIO

/// PostgreSQL's ``StoreConnection``: one connection of the pool inside one of the store's
/// transactions, each statement sent with its values bound (never spliced into the text) and
/// waited for, as the store's code is synchronous.
struct PostgresStoreConnection: StoreConnection {
    let connection: PostgresConnection
    let logger: Logger

    var dialect: SQLDialect { .postgres }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLValueConvertible]) throws -> Int {
        if arguments.isEmpty, Self.holdsSeveralStatements(sql) {
            var changed = 0
            for statement in PostgresSQL.statements(sql) {
                let query = PostgresQuery(unsafeSQL: statement)
                changed += try connection.query(query, logger: logger).wait().metadata.rows ?? 0
            }
            return changed
        }
        let query = PostgresQuery(
            unsafeSQL: PostgresSQL.numbered(sql), binds: try PostgresValues.bindings(arguments))
        return try connection.query(query, logger: logger).wait().metadata.rows ?? 0
    }

    func forEachRow(
        _ sql: String, _ arguments: [any SQLValueConvertible], _ body: (StoreRow) throws -> Bool
    ) throws {
        let query = PostgresQuery(
            unsafeSQL: PostgresSQL.numbered(sql), binds: try PostgresValues.bindings(arguments))
        let result = try connection.query(query, logger: logger).wait()
        var columns: [String]?
        for row in result.rows {
            var names: [String] = []
            var values: [SQLValue] = []
            for cell in row {
                if columns == nil { names.append(cell.columnName) }
                values.append(try PostgresValues.value(cell))
            }
            if columns == nil { columns = names }
            guard try body(StoreRow(columns: columns ?? names, values: values)) else { return }
        }
    }

    /// A script of several statements (a schema) is sent a statement at a time.
    private static func holdsSeveralStatements(_ sql: String) -> Bool {
        guard let end = sql.lastIndex(where: { !$0.isWhitespace && $0 != ";" }) else { return false }
        return sql[..<end].contains(";")
    }
}
