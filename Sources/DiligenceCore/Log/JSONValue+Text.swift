extension JSONValue {
    /// Appends the canonical text of this value (see ``canonicalText``).
    public func write(to output: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128)
        write(to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the canonical text of this value as UTF-8 bytes: the writer behind
    /// ``canonicalText``, which builds the text once in one buffer.
    public func write(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: value ? "true".utf8 : "false".utf8)
        case .int(let value): Self.write(integer: value, to: &output)
        case .string(let value): Self.write(string: value, to: &output)
        case .array(let values):
            output.append(UInt8(ascii: "["))
            var first = true
            for value in values {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                value.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                Self.write(string: key, to: &output)
                output.append(UInt8(ascii: ":"))
                value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends a whole number in decimal.
    static func write(integer value: Int, to output: inout [UInt8]) {
        if value >= 0 && value < 10 {
            output.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        output.append(contentsOf: String(value).utf8)
    }

    /// The value as indented JSON for people: two spaces per level, keys sorted as in
    /// ``canonicalText``, empty arrays and objects as `[]` and `{}`.
    public var prettyText: String {
        var output = ""
        writePretty(to: &output, indent: "")
        return output
    }

    private func writePretty(to output: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .array(let values) where !values.isEmpty:
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += inner
                value.writePretty(to: &output, indent: inner)
                output += index == values.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members) where !members.isEmpty:
            output += "{\n"
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                output += inner
                Self.write(string: key, to: &output)
                output += ": "
                members[key]!.writePretty(to: &output, indent: inner)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        default:
            write(to: &output)
        }
    }

    /// Appends a JSON string literal (see the byte version).
    static func write(string: String, to output: inout String) {
        var bytes: [UInt8] = []
        write(string: string, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a JSON string literal: only `"`, `\\` and control characters are escaped (`\\n`,
    /// `\\r`, `\\t`, else `\\u00xx`); every other byte is copied as it is.
    public static func write(string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var plainStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
                plainStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
                case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
                default:
                    let digits = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: "\\u00".utf8)
                    output.append(digits[Int(byte >> 4)])
                    output.append(digits[Int(byte & 0x0F)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// A strict recursive-descent JSON parser over UTF-8 bytes, with a nesting limit.
struct JSONTextParser {
    private let bytes: [UInt8]
    private(set) var position = 0
    /// What stopped the parser at ``position``.
    private(set) var problem = JSONSyntaxError.Problem.syntax
    private var depth = 0
    static let maximumDepth = 64

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDocument() -> JSONValue? {
        guard let value = parseValue() else { return nil }
        skipWhitespace()
        return position == bytes.count ? value : nil
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    private mutating func consume(_ literal: String) -> Bool {
        let utf8 = Array(literal.utf8)
        guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8
        else {
            return false
        }
        position += utf8.count
        return true
    }

    private mutating func parseValue() -> JSONValue? {
        skipWhitespace()
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "n"): return consume("null") ? .null : nil
        case UInt8(ascii: "t"): return consume("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return consume("false") ? .bool(false) : nil
        case UInt8(ascii: "\""): return parseString().map(JSONValue.string)
        case UInt8(ascii: "["): return parseArray()
        case UInt8(ascii: "{"): return parseObject()
        default: return parseNumber()
        }
    }

    private mutating func parseArray() -> JSONValue? {
        var values: [JSONValue] = []
        let parsed = parseElements(closedBy: UInt8(ascii: "]")) { parser in
            guard let value = parser.parseValue() else { return false }
            values.append(value)
            return true
        }
        return parsed ? .array(values) : nil
    }

    private mutating func parseObject() -> JSONValue? {
        var members: [String: JSONValue] = [:]
        let parsed = parseElements(closedBy: UInt8(ascii: "}")) { parser in
            parser.parseMember(into: &members)
        }
        return parsed ? .object(members) : nil
    }

    /// Reads one `"key": value` member of an object; a key already read is a problem.
    private mutating func parseMember(into members: inout [String: JSONValue]) -> Bool {
        skipWhitespace()
        let keyStart = position
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = parseString()
        else { return false }
        guard members[key] == nil else {
            position = keyStart
            problem = .duplicateKey(key)
            return false
        }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
        position += 1
        guard let value = parseValue() else { return false }
        members[key] = value
        return true
    }

    /// Reads an array's or object's elements, from its opening bracket to `close`: `element` reads
    /// one (`false` when it fails), then a comma or `close` follows. `false` when the text is not
    /// such a list, or it is nested deeper than ``maximumDepth``.
    private mutating func parseElements(closedBy close: UInt8, _ element: (inout Self) -> Bool) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            problem = .tooDeep(limit: Self.maximumDepth)
            return false
        }
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == close {
            position += 1
            return true
        }
        while true {
            guard element(&self) else { return false }
            skipWhitespace()
            guard position < bytes.count else { return false }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == close {
                position += 1
                return true
            } else {
                return false
            }
        }
    }

    private mutating func parseString() -> String? {
        position += 1
        var buffer: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escaped)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code) {
                        guard consume("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low) else {
                            return nil
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    buffer.append(contentsOf: Array(String(scalar).utf8))
                default: return nil
                }
            default:
                guard byte >= 0x20 else { return nil }
                buffer.append(byte)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { return nil }
        position += 4
        return value
    }

    private mutating func parseNumber() -> JSONValue? {
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        var fractional = false
        while position < bytes.count {
            let byte = bytes[position]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                position += 1
            } else if [
                UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"),
            ].contains(byte) {
                fractional = true
                position += 1
            } else {
                break
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard position > start, text != "-" else { return nil }
        if !fractional, let value = Int(text) { return .int(value) }
        guard Double(text) != nil else { return nil }
        return .string(text)
    }
}
