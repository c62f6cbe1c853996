import Foundation

/// A JSON value with a canonical text form (sorted keys, no insignificant space), used for the
/// event log, snapshots and `--json` output. Numbers are whole; decimals travel as text so they
/// stay exact.
public enum JSONValue: Hashable, Sendable, Codable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A text.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([String: JSONValue])

    /// Decodes any JSON value (a fractional number is kept as its text).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else if let value = try? container.decode(Decimal.self) {
            self = .string(value.description)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }

    /// Encodes the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The canonical text: keys sorted by their UTF-8 bytes, no whitespace, only `"`, `\\` and
    /// control characters escaped. The same value always gives the same bytes, which is what
    /// the log's hash chain needs.
    public var canonicalText: String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Parses JSON text; `nil` when it is not JSON. Fractional numbers are kept as their text.
    public init?(text: String) {
        var parser = JSONTextParser(Array(text.utf8))
        guard let value = parser.parseDocument() else { return nil }
        self = value
    }

    /// The text of a `.string`, else `nil`.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number of an `.int`, else `nil`.
    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The members of an `.object`, else `nil`.
    public var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The elements of an `.array`, else `nil`.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// Looks up a member of an object.
    public subscript(key: String) -> JSONValue? { objectValue?[key] }
}

extension Value {
    /// The value as JSON: bool and whole numbers as themselves, decimals, dates and durations as
    /// their text, lists as arrays of texts.
    public var json: JSONValue {
        switch self {
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .list(let values): .array(values.map(JSONValue.string))
        default: .string(display)
        }
    }

    /// Reads a value of the given type back from its JSON form; `nil` when it does not fit.
    public init?(json: JSONValue, as type: ValueType) {
        switch (json, type) {
        case (.bool(let value), .bool): self = .bool(value)
        case (.int(let value), .int): self = .int(value)
        case (.int(let value), .decimal): self = .decimal(Decimal(value))
        case (.array(let items), .stringList):
            let texts = items.compactMap(\.stringValue)
            guard texts.count == items.count else { return nil }
            self = .list(texts)
        case (.string(let text), .string):
            self = .string(text)
        case (.string(let text), .enumeration(let values)):
            guard values.contains(text) else { return nil }
            self = .string(text)
        case (.string(let text), _):
            guard let value = try? Value.parse(text, as: type), value.conforms(to: type) else { return nil }
            self = value
        default: return nil
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// A `.string` from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
}
