/// Why a text is not JSON, and where: the line and column (1-based, in characters) at which the
/// parser could not go on.
public struct JSONSyntaxError: Error, Hashable, Sendable {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

extension JSONValue {
    /// Parses `text` as one JSON document, or says at which line and column it stops being JSON
    /// (a missing comma or quote, a trailing comma, text after the document).
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        let bytes = Array(text.utf8)
        var parser = JSONTextParser(bytes)
        if let value = parser.parseDocument() { return value }
        let stop = min(parser.position, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<stop where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<stop], as: UTF8.self).count + 1
        throw JSONSyntaxError(line: line, column: column)
    }
}
