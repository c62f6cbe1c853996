public import Foundation

/// A value held in a context field or computed by a guard expression.
///
/// Values of enumeration fields are `.string`; the field's ``ValueType`` says which texts are
/// allowed. An unset field has no value at all (`Value?` is `nil`).
public enum Value: Hashable, Sendable {
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// An exact decimal number.
    case decimal(Decimal)
    /// A text (also the value of an enumeration field).
    case string(String)
    /// A calendar date.
    case date(LocalDate)
    /// A length of time.
    case duration(CalendarDuration)
    /// A list of texts.
    case list([String])

    /// The value as a user would type it: `true`, `12`, `0.85`, `full`, `2026-03-31`, `30d`,
    /// `[a, b]`.
    public var display: String {
        switch self {
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .decimal(let value): value.description
        case .string(let value): value
        case .date(let value): value.description
        case .duration(let value): value.description
        case .list(let values): "[" + values.joined(separator: ", ") + "]"
        }
    }

    /// Parses a value typed by a user (`--set field=value`) or written in a YAML file, for a
    /// field of the given type. Returns `nil` with nothing thrown only for the empty list.
    ///
    /// - Throws: ``ValueParseError`` saying what was expected.
    public static func parse(_ text: String, as type: ValueType) throws(ValueParseError) -> Value {
        let trimmed = Self.trimmingSpaces(text)
        switch type {
        case .bool:
            switch trimmed.lowercased() {
            case "true", "yes": return .bool(true)
            case "false", "no": return .bool(false)
            default: throw ValueParseError(text: text, expected: "true or false")
            }
        case .int:
            guard let value = Int(trimmed) else {
                throw ValueParseError(text: text, expected: "a whole number")
            }
            return .int(value)
        case .decimal:
            guard Self.isDecimalLiteral(trimmed), let value = Decimal(string: trimmed, locale: nil)
            else { throw ValueParseError(text: text, expected: "a number such as 0.85") }
            return .decimal(value)
        case .string:
            return .string(text)
        case .enumeration(let values):
            guard values.contains(trimmed) else {
                throw ValueParseError(
                    text: text, expected: "one of " + values.joined(separator: ", "))
            }
            return .string(trimmed)
        case .date:
            guard let date = LocalDate(trimmed) else {
                throw ValueParseError(text: text, expected: "a date as YYYY-MM-DD")
            }
            return .date(date)
        case .duration:
            guard let duration = CalendarDuration(trimmed) else {
                if CalendarDuration.isTooLong(trimmed) {
                    throw ValueParseError(text: text, expected: "a duration of at most 100 years (100y)")
                }
                throw ValueParseError(
                    text: text, expected: "a duration such as 30d, 12h, 6mo, 5y or P6M")
            }
            return .duration(duration)
        case .stringList:
            var body = Substring(trimmed)
            if body.hasPrefix("["), body.hasSuffix("]") { body = body.dropFirst().dropLast() }
            let items = body.split(separator: ",").map { trimmingSpaces(String($0)) }.filter { !$0.isEmpty }
            return .list(items)
        }
    }

    /// The text without leading and trailing spaces and tabs; cheap when there are none.
    static func trimmingSpaces(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let space: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard space(first) || space(last) else { return text }
        return String(
            text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    private static func isDecimalLiteral(_ text: String) -> Bool {
        var digits = 0
        var dots = 0
        for (index, character) in text.enumerated() {
            if character.isASCII, character.isNumber {
                digits += 1
            } else if character == "." {
                dots += 1
            } else if character == "-", index == 0 {
                continue
            } else {
                return false
            }
        }
        return digits > 0 && dots <= 1
    }

    /// True when this value belongs to the given type.
    public func conforms(to type: ValueType) -> Bool {
        switch (self, type) {
        case (.bool, .bool), (.int, .int), (.decimal, .decimal), (.string, .string),
            (.date, .date), (.duration, .duration), (.list, .stringList):
            return true
        case (.int, .decimal):
            return true
        case (.string(let text), .enumeration(let values)):
            return values.contains(text)
        default:
            return false
        }
    }
}

/// A text that is not a value of the expected type.
public struct ValueParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text as given.
    public var text: String
    /// What was expected, in a user's words (`a whole number`, `one of full, medium, low`).
    public var expected: String

    /// Creates the error.
    public init(text: String, expected: String) {
        self.text = text
        self.expected = expected
    }

    /// `"abc" is not a whole number`.
    public var description: String { "\"\(text)\" is not \(expected)" }
}
