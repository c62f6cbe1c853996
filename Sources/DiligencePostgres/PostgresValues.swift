import DiligenceStore
import Foundation
import NIOCore
import PostgresNIO

/// The store's values on the wire: bound as `bigint`, `double precision`, `text` and `bytea`, and
/// read back from whatever type a column or an expression has.
enum PostgresValues {
    /// `arguments` as the bindings of one statement.
    static func bindings(_ arguments: [any SQLValueConvertible]) throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument.sqlValue {
            case .null: bindings.appendNull()
            case .int(let value): bindings.append(value)
            case .double(let value): bindings.append(value)
            case .text(let value): bindings.append(value)
            case .blob(let value): try bindings.append(value)
            }
        }
        return bindings
    }

    /// The value of one cell: integers and truth values as integers (SQLite's 0 and 1), numbers
    /// as integers when they are whole (PostgreSQL sums integers as `numeric`), `bytea` as data,
    /// everything else as its text.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8:
            return .int(try cell.decode(Int.self))
        case .bool:
            return .int(try cell.decode(Bool.self) ? 1 : 0)
        case .float4, .float8:
            return .double(try cell.decode(Double.self))
        case .numeric:
            let number = try cell.decode(Decimal.self)
            var whole = Decimal()
            var copy = number
            NSDecimalRound(&whole, &copy, 0, .plain)
            if whole == number, let value = Int(exactly: NSDecimalNumber(decimal: number).int64Value),
                Decimal(value) == number
            {
                return .int(value)
            }
            return .double(NSDecimalNumber(decimal: number).doubleValue)
        case .bytea:
            return .blob(try cell.decode(Data.self))
        default:
            return .text(try cell.decode(String.self))
        }
    }
}
