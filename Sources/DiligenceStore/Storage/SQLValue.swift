public import Foundation

/// A value bound to a statement or read from a row, in the types every store keeps: SQLite's
/// storage classes, which PostgreSQL's `bigint`, `double precision`, `text` and `bytea` match.
public enum SQLValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case int(Int)
    case double(Double)
    case text(String)
    case blob(Data)

    /// The value as text for a message (a row's key in an audit finding).
    public var description: String {
        switch self {
        case .null: "NULL"
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .text(let value): value
        case .blob(let data): "\(data.count) bytes"
        }
    }
}

/// A Swift value a statement can take as an argument, and read back from a column.
public protocol SQLValueConvertible {
    /// The value as the store keeps it.
    var sqlValue: SQLValue { get }
    /// The value read from a column, `nil` when the column holds another type or `NULL`.
    init?(sqlValue: SQLValue)
}

extension String: SQLValueConvertible {
    public var sqlValue: SQLValue { .text(self) }
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .text(let text): self = text
        case .int(let value): self = String(value)
        case .double(let value): self = String(value)
        case .blob(let data): self = String(decoding: data, as: UTF8.self)
        case .null: return nil
        }
    }
}

extension Int: SQLValueConvertible {
    public var sqlValue: SQLValue { .int(self) }
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .int(let value): self = value
        case .double(let value): self = Int(value)
        case .text(let text):
            guard let value = Int(text) else { return nil }
            self = value
        case .blob, .null: return nil
        }
    }
}

extension Double: SQLValueConvertible {
    public var sqlValue: SQLValue { .double(self) }
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .double(let value): self = value
        case .int(let value): self = Double(value)
        case .text(let text):
            guard let value = Double(text) else { return nil }
            self = value
        case .blob, .null: return nil
        }
    }
}

/// A truth value is kept as the integer 0 or 1.
extension Bool: SQLValueConvertible {
    public var sqlValue: SQLValue { .int(self ? 1 : 0) }
    public init?(sqlValue: SQLValue) {
        guard let value = Int(sqlValue: sqlValue) else { return nil }
        self = value != 0
    }
}

extension Data: SQLValueConvertible {
    public var sqlValue: SQLValue { .blob(self) }
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .blob(let data): self = data
        case .text(let text): self = Data(text.utf8)
        case .int, .double, .null: return nil
        }
    }
}

extension SQLValue: SQLValueConvertible {
    public var sqlValue: SQLValue { self }
    public init?(sqlValue: SQLValue) { self = sqlValue }
}

/// `nil` is bound as `NULL`.
extension Optional: SQLValueConvertible where Wrapped: SQLValueConvertible {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
    public init?(sqlValue: SQLValue) {
        self = Wrapped(sqlValue: sqlValue)
    }
}

extension Int64: SQLValueConvertible {
    public var sqlValue: SQLValue { .int(Int(self)) }
    public init?(sqlValue: SQLValue) {
        guard let value = Int(sqlValue: sqlValue) else { return nil }
        self = Int64(value)
    }
}
