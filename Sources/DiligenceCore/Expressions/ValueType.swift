/// The type of a context field or of a guard expression.
public enum ValueType: Hashable, Sendable, CustomStringConvertible {
    /// `true` or `false`.
    case bool
    /// A whole number.
    case int
    /// A number with a fractional part, such as a coverage share `0.85`.
    case decimal
    /// Free text.
    case string
    /// One of a fixed list of values, such as a capacity level.
    case enumeration(values: [String])
    /// A calendar date, `2026-03-31`.
    case date
    /// A length of time, `30d` or `P6M`.
    case duration
    /// A list of texts.
    case stringList

    /// The type's name as the workflow format writes it (`bool`, `enum`, `list`...).
    public var description: String {
        switch self {
        case .bool: "bool"
        case .int: "int"
        case .decimal: "decimal"
        case .string: "string"
        case .enumeration(let values): "enum (\(values.joined(separator: ", ")))"
        case .date: "date"
        case .duration: "duration"
        case .stringList: "list of strings"
        }
    }

    /// True for `int` and `decimal`, which compare with each other.
    public var isNumeric: Bool { self == .int || self == .decimal }

    /// True for `string` and enumerations, whose values are texts.
    public var isText: Bool {
        if case .enumeration = self { return true }
        return self == .string
    }
}
