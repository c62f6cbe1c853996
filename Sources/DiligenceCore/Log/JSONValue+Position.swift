/// Why a text is not JSON, and where: the line and column (1-based, in characters) at which the
/// parser could not go on.
public struct JSONSyntaxError: Error, Hashable, Sendable {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1.
    public var column: Int
    /// What stopped the parser there.
    public var problem: Problem

    /// What stops a JSON text from being read.
    public enum Problem: Hashable, Sendable {
        /// Not JSON: a missing comma, quote or bracket, a trailing comma, text after the document.
        case syntax
        /// An object names the same key twice (JSON leaves the meaning open; diligence refuses it).
        case duplicateKey(String)
        /// Arrays and objects nested deeper than the limit.
        case tooDeep(limit: Int)
    }

    /// Creates a position and its problem.
    public init(line: Int, column: Int, problem: Problem = .syntax) {
        self.line = line
        self.column = column
        self.problem = problem
    }
}

extension JSONValue {
    /// Parses `text` as one JSON document, or says at which line and column it stops being JSON
    /// (a missing comma or quote, a trailing comma, text after the document, a key given twice in
    /// an object, nesting deeper than 64).
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
        throw JSONSyntaxError(line: line, column: column, problem: parser.problem)
    }
}
